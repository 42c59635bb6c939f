"""set_exception accepts an exception class and stores an instance of it.

Passing ValueError (the class) stores ValueError() with no args; the awaiter
catches that instance.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.set_exception
features: futures, exceptions
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_exception(ValueError)
    exc = fut.exception()
    log("stored", exc, exc is ValueError)
    try:
        await fut
    except ValueError as e:
        log("awaiter caught", e, e is exc)
