"""default_exception_handler can be called directly; only contexts with an exception are reported.

Called outside a running loop, a context with an 'exception' is reported with
no time; a context with only a message is not an unhandled event. Called from
a callback it is reported at the loop's time, even with a custom handler set.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.default_exception_handler
features: exception_handler, call_later, exceptions
"""
import asyncio
from loopspec import log


def handler(loop, context):
    log("custom handler must not run")


def report(loop):
    loop.default_exception_handler({"message": "from callback", "exception": ValueError("inside")})
    loop.stop()


def scenario(loop):
    loop.default_exception_handler({"message": "message only"})
    loop.default_exception_handler({"message": "outside", "exception": KeyError("outside")})
    loop.set_exception_handler(handler)
    loop.call_later(0.1, report, loop)
    loop.run_forever()
    log("custom still set?", loop.get_exception_handler() is handler)
