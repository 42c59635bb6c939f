"""A custom exception handler receives the context instead of the default handler.

get_exception_handler() is None by default and returns the handler once set.
The handler is called with the loop and a context dict whose 'exception' is
the raised error; nothing reaches the default handler, so no unhandled event.
Setting None restores the default handler.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.set_exception_handler
features: exception_handler, call_soon, exceptions, run_forever, stop
"""
import asyncio
from loopspec import log


def handler(loop, context):
    log("handler", context["exception"], "exception" in context, loop.time())


def boom(msg):
    raise ValueError(msg)


def scenario(loop):
    log("default handler?", loop.get_exception_handler() is None)
    loop.set_exception_handler(handler)
    log("custom handler?", loop.get_exception_handler() is handler)
    loop.call_soon(boom, "first")
    loop.call_soon(loop.stop)
    loop.run_forever()
    loop.set_exception_handler(None)
    log("default again?", loop.get_exception_handler() is None)
    loop.call_soon(boom, "second")
    loop.call_soon(loop.stop)
    loop.run_forever()
