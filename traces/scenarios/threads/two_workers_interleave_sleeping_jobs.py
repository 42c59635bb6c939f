"""Two workers share three sleeping jobs: the third starts when the first worker frees up.

With max_workers=2 the first two jobs start at once and the third waits
in the queue. Each job's time.sleep parks it on the virtual clock; the
worker whose job wakes first takes the queued one. The loop logs when
each future completes.

spec: https://docs.python.org/3.11/library/concurrent.futures.html#concurrent.futures.ThreadPoolExecutor
features: threads, concurrent_futures, time, asyncio_run
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


def job(name, seconds):
    log("job", name, "sleeps", seconds)
    time.sleep(seconds)
    log("job", name, "wakes")
    return name


async def report(loop, fut):
    name = await fut
    log(name, "done at", loop.time())


async def body():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as executor:
        futures = [loop.run_in_executor(executor, job, name, seconds)
                   for name, seconds in (("slow", 3), ("quick", 1), ("queued", 1.5))]
        await asyncio.gather(*[report(loop, fut) for fut in futures])
    log("all done at", loop.time())


def scenario():
    asyncio.run(body())
