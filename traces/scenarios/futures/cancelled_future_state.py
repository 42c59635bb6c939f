"""Cancelling a pending future: cancel() is True once, then the future rejects everything.

cancel() returns True and the future is done and cancelled; a second cancel()
returns False. result() and exception() both raise CancelledError, and
set_result raises InvalidStateError.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.cancel
features: futures, cancellation, exceptions
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    log("cancel", fut.cancel(), fut.done(), fut.cancelled())
    log("cancel again", fut.cancel())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        log("result()", e)
    try:
        fut.exception()
    except asyncio.CancelledError as e:
        log("exception()", e)
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        log("set_result", e)
