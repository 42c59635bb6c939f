"""concurrent.futures' CancelledError and InvalidStateError become asyncio's when chained.

_convert_future_exc: an exception whose class is exactly
concurrent.futures.CancelledError, TimeoutError or InvalidStateError reaches
the asyncio future as a new exception of asyncio's class with the same args.
concurrent.futures.CancelledError is an Exception, asyncio's a BaseException;
set as an exception, it does not cancel the asyncio future. From 3.13 a
TimeoutError (one class for both modules since 3.11) is passed on as it is.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: concurrent_futures, futures, exceptions
"""
import asyncio
import concurrent.futures
from loopspec import log


async def crossing(exc):
    cf = concurrent.futures.Future()
    fut = asyncio.wrap_future(cf)
    cf.set_exception(exc)
    await asyncio.sleep(0)
    got = fut.exception()
    log(type(exc).__name__, "->", got, got is exc, fut.cancelled())
    log("  asyncio's class", isinstance(got, asyncio.CancelledError),
        isinstance(got, asyncio.InvalidStateError), isinstance(got, Exception))


async def main():
    await crossing(concurrent.futures.CancelledError("c"))
    await crossing(concurrent.futures.InvalidStateError("i", 2))
    await crossing(concurrent.futures.TimeoutError("t"))
    await crossing(RuntimeError("r"))
    try:
        raise concurrent.futures.CancelledError("x")
    except Exception as e:
        log("concurrent CancelledError is an Exception", e)
