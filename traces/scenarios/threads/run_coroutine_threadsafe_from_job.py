"""A job waits on run_coroutine_threadsafe(...).result(): it parks until the coroutine is done.

The job submits a coroutine to the loop and blocks on the concurrent
future. It parks (docs/outside-world.md#threads) while the loop runs the
coroutine, which sleeps on the loop's clock; the loop completes the
future, the job becomes runnable and goes on in the next select.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.run_coroutine_threadsafe
features: threads, concurrent_futures, sleep, time, asyncio_run
"""
import asyncio
from loopspec import log


async def double(loop, n):
    log("coroutine starts at", loop.time())
    await asyncio.sleep(2)
    log("coroutine ends at", loop.time())
    return n * 2


def job(loop):
    cf = asyncio.run_coroutine_threadsafe(double(loop, 21), loop)
    log("job waits")
    value = cf.result()
    log("job got", value)
    return value + 1


async def body():
    loop = asyncio.get_running_loop()
    result = await loop.run_in_executor(None, job, loop)
    log("result", result, "at", loop.time())


def scenario():
    asyncio.run(body())
