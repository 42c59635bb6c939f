"""run_coroutine_threadsafe: the coroutine's exception becomes the concurrent future's.

_set_concurrent_future_state moves the concurrent future to running, then
sets the task's exception on it, the same object. A TimeoutError is the one
class it converts: up to 3.12 the concurrent future gets a new TimeoutError
with the same args, from 3.13 the very one raised.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.run_coroutine_threadsafe
features: concurrent_futures, tasks, exceptions
"""
import asyncio
import concurrent.futures
from loopspec import log


async def fail(exc):
    raise exc


async def outcome(exc):
    loop = asyncio.get_running_loop()
    cf = asyncio.run_coroutine_threadsafe(fail(exc), loop)
    while not cf.done():
        await asyncio.sleep(0)
    got = cf.exception()
    log(type(exc).__name__, got, "same object:", got is exc)
    try:
        cf.result()
    except Exception as e:
        log("  result() raised it", e is got)


async def main():
    await outcome(ValueError("v"))
    await outcome(TimeoutError("t"))
