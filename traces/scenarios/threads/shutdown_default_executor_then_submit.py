"""After loop.shutdown_default_executor(), run_in_executor(None, ...) raises RuntimeError.

Awaiting the shutdown waits for the running job; afterwards the loop
refuses to make a new default executor. An explicit executor still
works.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.shutdown_default_executor
features: threads, asyncio_run, time
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


def job(name):
    time.sleep(1)
    log("job", name, "ends")
    return name


async def body():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, job, "before")
    await loop.shutdown_default_executor()
    log("shut down at", loop.time(), "job done?", fut.done())
    try:
        loop.run_in_executor(None, job, "after")
    except RuntimeError as e:
        log("RuntimeError", str(e))
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        log(await loop.run_in_executor(executor, job, "explicit"), "at", loop.time())


def scenario():
    asyncio.run(body())
