"""Cancelling run_in_executor's future after the job started: the job still finishes, its result is dropped.

The job is asleep when the task cancels the asyncio future; the
concurrent future is running and cannot be cancelled, so only the
asyncio side is cancelled. The job wakes and returns; the copy of its
result finds the asyncio future cancelled and drops it.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, cancellation, futures, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job():
    log("job starts")
    time.sleep(2)
    log("job finishes")
    return "dropped"


async def body():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, job)
    await asyncio.sleep(1)
    log("cancel at", loop.time(), fut.cancel(), fut.cancelled())
    await asyncio.sleep(2)
    log("at", loop.time(), "future cancelled?", fut.cancelled())


def scenario():
    asyncio.run(body())
