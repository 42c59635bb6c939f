"""An exception raised inside the custom handler goes to the default handler.

The loop catches it and reports the handler's own error (not the original
one) to default_exception_handler; the loop keeps running.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.set_exception_handler
features: exception_handler, call_soon, exceptions, run_forever, stop
"""
import asyncio
from loopspec import log


def broken_handler(loop, context):
    log("handler got", context["exception"])
    raise KeyError("handler bug")


def boom():
    raise ValueError("original")


def scenario(loop):
    loop.set_exception_handler(broken_handler)
    loop.call_soon(boom)
    loop.call_soon(log, "next callback")
    loop.call_soon(loop.stop)
    loop.run_forever()
    log("survived", loop.is_closed())
