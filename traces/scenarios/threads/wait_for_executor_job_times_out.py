"""wait_for on a run_in_executor future that times out: the job keeps running, its result dropped.

wait_for cancels the asyncio future at the timeout; the job is already
running, so its concurrent future cannot be cancelled and the job sleeps
on to its end. The copy of its result finds the asyncio future cancelled.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: threads, wait_for, cancellation, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job():
    log("job starts")
    time.sleep(3)
    log("job ends")
    return "too late"


async def body():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, job)
    try:
        await asyncio.wait_for(fut, 1)
    except asyncio.TimeoutError:
        log("timed out at", loop.time(), "future cancelled?", fut.cancelled())
    await asyncio.sleep(3)
    log("at", loop.time(), "future still cancelled?", fut.cancelled())


def scenario():
    asyncio.run(body())
