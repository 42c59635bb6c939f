"""as_completed() accepts plain futures and reports them in the order callbacks resolve them.

Futures resolved by call_later at 0.3, 0.1 and 0.2 (one with an exception)
come out in time order; the exception is raised by its own await.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed, futures, call_later, exceptions, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    f2 = loop.create_future()
    f3 = loop.create_future()
    loop.call_later(0.3, f1.set_result, "one")
    loop.call_later(0.1, f2.set_result, "two")
    loop.call_later(0.2, f3.set_exception, ValueError("three"))
    for aw in asyncio.as_completed([f1, f2, f3]):
        try:
            r = await aw
            log("result", r, loop.time())
        except ValueError as e:
            log("error", e, loop.time())
