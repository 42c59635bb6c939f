"""loop.shutdown_default_executor(timeout) stops waiting when the timeout expires (3.13).

A job sleeps 30 seconds; the coroutine awaits the shutdown with a timeout
of 10. The `timeout` parameter came in 3.12, where it bounds only the join
of the shutdown thread after the job has finished, so the await still
takes 30 seconds. 3.13 awaits under asyncio.timeout(10): at 10 seconds it
shuts the executor down without waiting (and warns) and returns; the job
keeps sleeping and ends while the coroutine sleeps on.

spec: https://docs.python.org/3.12/library/asyncio-eventloop.html#asyncio.loop.shutdown_default_executor
features: threads, asyncio_run, time
python: 3.12
"""
import asyncio
import time
from loopspec import log


def job():
    time.sleep(30)
    log("job ends")
    return "job's result"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, job)
    await loop.shutdown_default_executor(timeout=10)
    log("shutdown returned at", loop.time(), "job done?", fut.done())
    log("job's result", await fut, "at", loop.time())
