"""A done callback reaches its future's loop through fut.get_loop().

The callback gets only the future; get_loop() gives it the loop to read the
clock and to queue follow-up work, which runs one iteration later.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.get_loop
features: futures, call_soon, call_later, time
"""
import asyncio
from loopspec import log


def on_done(fut):
    loop = fut.get_loop()
    log("callback", fut.result(), loop.time(), loop is asyncio.get_running_loop())
    loop.call_soon(log, "follow-up")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    loop.call_later(0.1, fut.set_result, "ready")
    value = await fut
    log("main resumed", value)
    await asyncio.sleep(0)
    log("end", loop.time())
