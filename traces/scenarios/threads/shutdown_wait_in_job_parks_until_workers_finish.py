"""executor.shutdown(wait=True) called in a job waits until that executor's workers have finished.

The job on the default executor shuts down a second executor whose one
worker still has a sleeping job and a queued one; the call returns when
both have run, and the job goes on.

spec: https://docs.python.org/3.11/library/concurrent.futures.html#concurrent.futures.Executor.shutdown
features: threads, concurrent_futures, time, asyncio_run
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


def slow(name):
    time.sleep(1)
    log("slow job", name, "ends")


def closer(executor):
    log("closer shuts the executor down")
    executor.shutdown(wait=True)
    log("closer: shutdown returned")
    return "closed"


async def body():
    loop = asyncio.get_running_loop()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    executor.submit(slow, "a")
    executor.submit(slow, "b")
    log(await loop.run_in_executor(None, closer, executor), "at", loop.time())


def scenario():
    asyncio.run(body())
