"""An exception raised by a callback goes to the exception handler; the loop carries on.

The rest of the batch still runs, later iterations run, and run_forever is not
interrupted: the error shows up only as an unhandled event.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#error-handling-api
features: call_soon, call_later, exceptions, exception_handler
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def boom(loop):
    loop.call_soon(step, "queued by boom")
    raise ValueError("boom")


def scenario(loop):
    loop.call_soon(step, "before")
    loop.call_soon(boom, loop)
    loop.call_soon(step, "after")
    loop.call_later(0.1, loop.stop)
    loop.run_forever()
    log("loop survived", loop.is_closed(), loop.time())
