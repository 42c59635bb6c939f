"""A Future's repr names its state: pending, finished with its result or exception, or cancelled.

A result is shortened as reprlib does it; an exception is written in full.
Writing the repr does not retrieve the exception.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future
features: reprs, futures
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log(repr(fut))
    fut.set_result({"b": 2, "a": 1})
    log(repr(fut))
    bad = loop.create_future()
    bad.set_exception(ValueError("no luck"))
    log(repr(bad))
    log("retrieved", type(bad.exception()).__name__)
    gone = loop.create_future()
    gone.cancel("stop")
    log(str(gone))
