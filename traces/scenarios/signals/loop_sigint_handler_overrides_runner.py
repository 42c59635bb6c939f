"""A SIGINT handler added with add_signal_handler takes SIGINT from asyncio.run's.

asyncio.run's handler is installed when the main task starts; the loop's
handler replaces it, so SIGINT runs the loop's handler and the main task is
not cancelled.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def on_sigint():
    log("loop's SIGINT handler")


async def body():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGINT, on_sigint)
    signal.raise_signal(signal.SIGINT)
    await asyncio.sleep(1)
    log("main not cancelled")
    return "done"


def scenario():
    log("returned", asyncio.run(body()))
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        log("after close: SIGINT raises KeyboardInterrupt again")
