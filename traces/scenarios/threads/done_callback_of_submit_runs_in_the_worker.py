"""A done callback added to an executor.submit future runs in the worker, as the job returns.

The callback runs in the thread that completes the future, so its log
line follows the job's at once, before anything on the loop's side; it
then reaches the loop with call_soon_threadsafe.

spec: https://docs.python.org/3.11/library/concurrent.futures.html#concurrent.futures.Future.add_done_callback
features: threads, concurrent_futures, call_soon_threadsafe, time, asyncio_run
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


def job():
    time.sleep(1)
    log("job returns")
    return 7


def on_loop(value):
    log("on the loop:", value)


async def body():
    loop = asyncio.get_running_loop()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    cf = executor.submit(job)

    def done(f):
        log("done callback in the worker:", f.result())
        loop.call_soon_threadsafe(on_loop, f.result())

    cf.add_done_callback(done)
    log("loop waits at", loop.time())
    await asyncio.sleep(2)
    log("loop at", loop.time())
    executor.shutdown(wait=False)


def scenario():
    asyncio.run(body())
