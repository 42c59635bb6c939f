"""A custom handler can pass the context on to default_exception_handler.

The custom handler runs first; calling loop.default_exception_handler(context)
from it is what produces the unhandled event.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.default_exception_handler
features: exception_handler, call_soon, exceptions
"""
import asyncio
from loopspec import log


def handler(loop, context):
    log("custom handler saw", context["exception"])
    loop.default_exception_handler(context)
    log("default handler returned")


def boom():
    raise RuntimeError("broken callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(boom)
    await asyncio.sleep(0)
    log("main continues")
