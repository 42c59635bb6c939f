"""A second SIGINT under asyncio.run raises KeyboardInterrupt where the program is.

The first SIGINT cancels the main task. A second one, while the task is
still running, raises KeyboardInterrupt out of the raising call itself.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#handling-keyboard-interruption
features: signals, asyncio_run, cancellation
"""
import asyncio
import signal
from loopspec import log


async def body():
    signal.raise_signal(signal.SIGINT)
    log("first SIGINT: main goes on until its next await")
    try:
        signal.raise_signal(signal.SIGINT)
    except KeyboardInterrupt:
        log("second SIGINT raised KeyboardInterrupt")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("main cancelled")
        raise


def scenario():
    try:
        asyncio.run(body())
    except KeyboardInterrupt:
        log("asyncio.run raised KeyboardInterrupt")
