"""A job cancels run_coroutine_threadsafe's future: the cancel reaches the task on the loop.

The concurrent future is cancelled at once in the job; its done callback
asks the loop, with call_soon_threadsafe, to cancel the task running the
coroutine, which gets CancelledError at its await. result() in the job
then raises concurrent.futures.CancelledError.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.run_coroutine_threadsafe
features: threads, concurrent_futures, cancellation, sleep, time, asyncio_run
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


async def long_sleep(loop):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("coroutine cancelled at", loop.time())
        raise


def job(loop):
    cf = asyncio.run_coroutine_threadsafe(long_sleep(loop), loop)
    time.sleep(1)
    log("job cancels:", cf.cancel(), "cancelled:", cf.cancelled())
    try:
        cf.result()
    except concurrent.futures.CancelledError:
        log("result() raises CancelledError")


async def body():
    loop = asyncio.get_running_loop()
    await loop.run_in_executor(None, job, loop)
    log("job done at", loop.time())
    await asyncio.sleep(0)
    log("after one more iteration")


def scenario():
    asyncio.run(body())
