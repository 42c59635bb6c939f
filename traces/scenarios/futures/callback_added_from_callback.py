"""A done callback that adds another callback to its (done) future defers it one more iteration.

Registration on a done future goes through call_soon, so the new callback runs
after the ones already scheduled, in the following iteration.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.add_done_callback
features: futures, call_soon, sleep
"""
import asyncio
from loopspec import log


def late(fut):
    log("late callback", fut.result())


def early(fut):
    log("early callback", fut.result())
    fut.add_done_callback(late)


def other(fut):
    log("other callback", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(early)
    fut.add_done_callback(other)
    fut.set_result(1)
    for i in range(3):
        await asyncio.sleep(0)
        log("main iteration", i)
