"""An executor with one worker runs its jobs one after another, in submission order.

The first submit starts a worker; the next two jobs wait in the
executor's queue. The worker takes each queued job as soon as the one
before it ends, in the same turn, so all three run in one select
(docs/outside-world.md#threads), and the loop sees three futures done at
once.

spec: https://docs.python.org/3.11/library/concurrent.futures.html#concurrent.futures.ThreadPoolExecutor
features: threads, concurrent_futures, gather, asyncio_run
"""
import asyncio
import concurrent.futures
from loopspec import log


def job(name):
    log("job", name, "runs")
    return name * 2


async def body():
    loop = asyncio.get_running_loop()
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as executor:
        futures = [loop.run_in_executor(executor, job, name) for name in ("a", "b", "c")]
        log("submitted three")
        results = await asyncio.gather(*futures)
        log("results", results, "at", loop.time())


def scenario():
    asyncio.run(body())
