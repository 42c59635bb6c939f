"""An exception in a signal handler goes to the loop's exception handler; the loop goes on.

The context holds the handler's handle, as for any callback.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, exception_handler, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def handler():
    raise ValueError("bad handler")


def on_error(loop, context):
    log("exception", repr(context["exception"]))
    log("handle", repr(context["handle"]))


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(on_error)
    loop.add_signal_handler(signal.SIGTERM, handler)
    signal.raise_signal(signal.SIGTERM)
    await asyncio.sleep(0.1)
    signal.raise_signal(signal.SIGTERM)
    await asyncio.sleep(0.1)
    log("done")
