"""call_exception_handler passes a context dict to the current handler.

With a custom handler set, the handler gets the very dict passed in, any extra
keys included. With the default handler, a context carrying an exception is an
unhandled event, while one with only a message is not.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_exception_handler
features: exception_handler, exceptions
"""
import asyncio
from loopspec import log


def handler(loop, context):
    log("handler", context["message"], context["exception"], context["extra"])


def scenario(loop):
    loop.call_exception_handler({"message": "with exception", "exception": KeyError("k")})
    loop.call_exception_handler({"message": "message only"})
    log("default handler returned")
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "custom", "exception": ValueError("v"), "extra": [1, 2]})
    log("custom handler returned")
