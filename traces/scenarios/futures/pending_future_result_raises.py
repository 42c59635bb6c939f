"""result() and exception() on a pending future raise InvalidStateError.

result() says 'Result is not set.' and exception() says 'Exception is not
set.'; the future stays pending.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.result
features: futures, exceptions
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        log("result()", e)
    try:
        fut.exception()
    except asyncio.InvalidStateError as e:
        log("exception()", e)
    log("still pending", fut.done())
