"""Adding a handler for a signal that has one replaces it.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def first():
    log("first")


def second(arg):
    log("second", arg)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGHUP, first)
    loop.add_signal_handler(signal.SIGHUP, second, "x")
    signal.raise_signal(signal.SIGHUP)
    await asyncio.sleep(0.1)
    log("removed", loop.remove_signal_handler(signal.SIGHUP))
