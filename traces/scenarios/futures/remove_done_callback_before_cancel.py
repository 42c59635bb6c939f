"""A callback removed before the future completes is never scheduled.

remove_done_callback returns 1 for the single registration; on cancel() only
the remaining callback runs, seeing the cancelled future.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.remove_done_callback
features: futures, cancellation, sleep
"""
import asyncio
from loopspec import log


def removed(fut):
    log("removed callback ran")


def remaining(fut):
    log("remaining callback", fut.cancelled())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(removed)
    fut.add_done_callback(remaining)
    log("removed count", fut.remove_done_callback(removed))
    fut.cancel()
    await asyncio.sleep(0)
    log("end", fut.cancelled())
