"""Cancelling run_in_executor's future while the job waits for a worker: the job never runs.

The executor's one worker is busy with a sleeping job, so the second job
waits in the queue. Cancelling its asyncio future cancels the concurrent
future in the next iteration, while it is still pending; when the worker
gets to it, set_running_or_notify_cancel() says no and the job is
skipped.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, cancellation, concurrent_futures, time, asyncio_run
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


def job(name, seconds):
    log("job", name, "runs")
    time.sleep(seconds)
    return name


async def body():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        first = loop.run_in_executor(executor, job, "first", 1)
        second = loop.run_in_executor(executor, job, "second", 1)
        await asyncio.sleep(0.5)
        log("cancel the second at", loop.time(), second.cancel())
        log(await first, "done at", loop.time())
        await asyncio.sleep(1)
    log("second cancelled?", second.cancelled(), "at", loop.time())


def scenario():
    asyncio.run(body())
