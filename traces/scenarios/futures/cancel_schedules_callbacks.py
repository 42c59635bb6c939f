"""cancel() schedules the done callbacks just like set_result does.

The callbacks run in the next iteration, in registration order, and see a
cancelled future; cancel() itself calls none of them.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.cancel
features: futures, cancellation, sleep
"""
import asyncio
from loopspec import log


def first(fut):
    log("first", fut.cancelled(), fut.done())


def second(fut):
    log("second", fut.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(first)
    fut.add_done_callback(second)
    log("cancel returned", fut.cancel("bye"))
    await asyncio.sleep(0)
    log("main resumed")
