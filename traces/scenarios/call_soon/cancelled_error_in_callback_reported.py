"""A CancelledError raised by a plain callback is reported like any other error.

Only KeyboardInterrupt and SystemExit escape a callback; CancelledError (a
BaseException) is caught and passed to the exception handler, and the loop
goes on.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#error-handling-api
features: call_soon, cancellation, exceptions, exception_handler
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def cancel_me():
    raise asyncio.CancelledError("from callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cancel_me)
    loop.call_soon(step, "after")
    await asyncio.sleep(0)
    log("main not cancelled")
