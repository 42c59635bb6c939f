"""Done callbacks are scheduled with call_soon when the future completes, not called inline.

set_result returns before any callback runs. The callbacks then run in
registration order, each receiving the future, in the next iteration: after
callbacks queued before the set_result and before those queued after it.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.add_done_callback
features: futures, call_soon, sleep
"""
import asyncio
from loopspec import log


def on_done(fut, name="?"):
    log("done callback", name, fut.result())


def first(fut):
    on_done(fut, "first")


def second(fut):
    on_done(fut, "second")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    loop.call_soon(log, "queued before")
    fut.set_result("value")
    log("set_result returned")
    loop.call_soon(log, "queued after")
    await asyncio.sleep(0)
    log("main resumed")
