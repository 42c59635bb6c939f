"""A signal raised while the loop is not running waits in the self-pipe for its first iteration.

The reader runs in the first iteration of run_until_complete, the handler in
the second, after the task's first step.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, run_until_complete, call_soon
"""
import asyncio
import signal
from loopspec import log


def handler():
    log("handler")


async def work():
    log("work step 1")
    await asyncio.sleep(0)
    log("work step 2")
    await asyncio.sleep(0)
    log("work step 3")


def scenario(loop):
    loop.add_signal_handler(signal.SIGUSR2, handler)
    signal.raise_signal(signal.SIGUSR2)
    log("raised")
    loop.run_until_complete(work())
    loop.remove_signal_handler(signal.SIGUSR2)
