"""A coroutine sent with run_coroutine_threadsafe raises: result() in the job raises that exception.

The job parks in result() while the loop runs the coroutine; the
coroutine raises, the task's exception is copied to the concurrent
future, and the job wakes with the same exception object raised.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.run_coroutine_threadsafe
features: threads, concurrent_futures, exceptions, sleep, asyncio_run
"""
import asyncio
from loopspec import log


async def failing(holder):
    await asyncio.sleep(1)
    exc = ValueError("from the coroutine")
    holder.append(exc)
    log("coroutine raises")
    raise exc


def job(loop, holder):
    cf = asyncio.run_coroutine_threadsafe(failing(holder), loop)
    try:
        cf.result()
    except ValueError as e:
        log("job caught", e, "same object:", e is holder[0])
    return "handled"


async def body():
    loop = asyncio.get_running_loop()
    holder = []
    result = await loop.run_in_executor(None, job, loop, holder)
    log(result, "at", loop.time())


def scenario():
    asyncio.run(body())
