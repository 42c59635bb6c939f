"""Two workers, four jobs: at a tie the worker that went to sleep first takes the queued job.

Jobs of 3, 1, 2 and 1 s go to an executor of two workers. The second
worker frees up at 1 and takes the third job, due at 3 like the first
job. Both workers wake at 3 in the order they went to sleep, so the
first worker finishes its job and takes the fourth one before the second
worker finishes the third (docs/outside-world.md#threads-built).

spec: https://docs.python.org/3.11/library/concurrent.futures.html#threadpoolexecutor
features: threads, concurrent_futures, time, gather, asyncio_run
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


def job(name, seconds):
    log("job", name, "starts")
    time.sleep(seconds)
    log("job", name, "ends")
    return name


async def body():
    loop = asyncio.get_running_loop()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    futures = [loop.run_in_executor(executor, job, n, s)
               for n, s in ((0, 3), (1, 1), (2, 2), (3, 1))]
    log(await asyncio.gather(*futures), "at", loop.time())
    executor.shutdown(wait=False)


def scenario():
    asyncio.run(body())
