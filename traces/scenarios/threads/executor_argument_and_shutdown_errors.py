"""ThreadPoolExecutor's errors: max_workers must be positive, and a shut-down executor takes no new jobs.

shutdown(wait=False) returns at once; the job already submitted still
runs, and submit afterwards raises RuntimeError.

spec: https://docs.python.org/3.11/library/concurrent.futures.html#concurrent.futures.Executor.shutdown
features: threads, concurrent_futures, asyncio_run
"""
import asyncio
import concurrent.futures
from loopspec import log


def job(name):
    log("job", name, "runs")
    return name


async def body():
    for workers in (0, -1):
        try:
            concurrent.futures.ThreadPoolExecutor(max_workers=workers)
        except ValueError as e:
            log(workers, "ValueError", str(e))
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    cf = executor.submit(job, "first")
    executor.shutdown(wait=False)
    log("shut down; first done?", cf.done())
    try:
        executor.submit(job, "second")
    except RuntimeError as e:
        log("RuntimeError", str(e))
    log("first's result", await asyncio.wrap_future(cf))


def scenario():
    asyncio.run(body())
