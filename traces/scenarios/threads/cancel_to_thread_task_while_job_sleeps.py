"""Cancelling a task awaiting asyncio.to_thread while its job sleeps: the task ends cancelled, the job runs on.

The cancel goes from the task to the run_in_executor future it awaits;
the job is running, so only the asyncio side is cancelled. The task ends
cancelled at once, and the job wakes later and returns into nothing.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.to_thread
features: threads, cancellation, tasks, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job():
    log("job starts")
    time.sleep(3)
    log("job ends")
    return "dropped"


async def body():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(asyncio.to_thread(job))
    await asyncio.sleep(1)
    log("cancel:", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        log("task cancelled at", loop.time(), task.cancelled())
    await asyncio.sleep(3)
    log("end at", loop.time())


def scenario():
    asyncio.run(body())
