"""set_exception makes the future done; result() raises the very exception object.

exception() returns the stored exception without raising; result() raises that
same object; the future is done but not cancelled.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.set_exception
features: futures, exceptions
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    err = ValueError("stored")
    fut.set_exception(err)
    log("state", fut.done(), fut.cancelled())
    log("exception()", fut.exception(), fut.exception() is err)
    try:
        fut.result()
    except ValueError as e:
        log("result() raised", e, e is err)
