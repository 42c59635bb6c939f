"""wrap_future returns an asyncio future unchanged and rejects what is not a future; concurrent futures are not awaitable.

wrap_future asserts its argument is a concurrent.futures.Future unless it is
an asyncio future already (returned as it is). A concurrent future is neither
an asyncio future nor awaitable: ensure_future refuses it, and so does
`await`. run_coroutine_threadsafe takes only a coroutine.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: concurrent_futures, futures, ensure_future, exceptions
"""
import asyncio
import concurrent.futures
from loopspec import log


async def job():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log("asyncio future unchanged", asyncio.wrap_future(fut) is fut)
    cf = concurrent.futures.Future()
    for bad in [1, "x", None]:
        try:
            asyncio.wrap_future(bad)
        except AssertionError as e:
            log("wrap_future", e)
    try:
        asyncio.ensure_future(cf)
    except TypeError as e:
        log("ensure_future", e)
    try:
        await cf
    except TypeError as e:
        log("await", e)
    try:
        asyncio.run_coroutine_threadsafe(job, loop)
    except TypeError as e:
        log("run_coroutine_threadsafe", e)
