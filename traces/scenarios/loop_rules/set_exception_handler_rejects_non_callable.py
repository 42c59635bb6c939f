"""set_exception_handler rejects a value that is neither callable nor None.

It raises TypeError and the previous handler stays installed.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.set_exception_handler
features: exception_handler
"""
import asyncio
from loopspec import log


def handler(loop, context):
    log("handler", context["message"])


def scenario(loop):
    loop.set_exception_handler(handler)
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        log("rejected", e)
    log("kept?", loop.get_exception_handler() is handler)
    loop.call_exception_handler({"message": "still custom"})
