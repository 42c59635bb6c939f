"""loop.set_default_executor with a one-worker executor: to_thread calls then run one at a time.

to_thread and run_in_executor(None, ...) use the executor set as the
default, so three sleeping jobs gathered together run one after
another. run_in_executor submits its job when it is called, to_thread
only when gather's task for it first runs, so "c" goes first. A value
that is not a ThreadPoolExecutor is refused with TypeError.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.set_default_executor
features: threads, concurrent_futures, gather, time, asyncio_run
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


def job(name):
    log("job", name, "starts")
    time.sleep(1)
    return name


async def body():
    loop = asyncio.get_running_loop()
    try:
        loop.set_default_executor("not an executor")
    except TypeError as e:
        log("TypeError", str(e))
    loop.set_default_executor(concurrent.futures.ThreadPoolExecutor(max_workers=1))
    results = await asyncio.gather(asyncio.to_thread(job, "a"), asyncio.to_thread(job, "b"),
                                   loop.run_in_executor(None, job, "c"))
    log(results, "at", loop.time())


def scenario():
    asyncio.run(body())
