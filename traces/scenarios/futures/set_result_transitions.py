"""set_result moves a pending future to done, with the result readable at once.

A fresh future is neither done nor cancelled; after set_result it is done,
result() returns the value and exception() returns None, immediately and
without the loop having to run.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.set_result
features: futures
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log("fresh", fut.done(), fut.cancelled())
    fut.set_result([1, 2])
    log("after set_result", fut.done(), fut.cancelled(), fut.result(), fut.exception())
    return fut.result()
