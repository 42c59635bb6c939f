"""add_done_callback on a done future schedules the callback with call_soon.

The callback is not called synchronously: it joins the ready queue behind
what is already there, and runs in the next iteration.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.add_done_callback
features: futures, call_soon, sleep
"""
import asyncio
from loopspec import log


def on_done(fut):
    log("callback", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result(7)
    loop.call_soon(log, "queued first")
    fut.add_done_callback(on_done)
    log("add_done_callback returned")
    await asyncio.sleep(0)
    log("main resumed")
