"""An exception set on a concurrent future reaches the wrapping asyncio future as it is.

_copy_future_state hands the concurrent future's exception to the asyncio
future. Exceptions that are not concurrent.futures' own classes are passed on
unchanged, the same object; the awaiter sees it raised.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: concurrent_futures, futures, exceptions
"""
import asyncio
import concurrent.futures
from loopspec import log


async def main():
    cf = concurrent.futures.Future()
    fut = asyncio.wrap_future(cf)
    err = ValueError("boom")
    cf.set_exception(err)
    log("concurrent side", cf.exception() is err)
    try:
        cf.result()
    except ValueError as e:
        log("cf.result() raised", e, e is err)
    try:
        await fut
    except ValueError as e:
        log("await raised", e, e is err, fut.exception() is err)
