"""Closing a loop removes its signal handlers.

After close, remove_signal_handler finds nothing to remove; a new loop can
handle the same signal.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, close, run_until_complete, event_loop_policy
"""
import asyncio
import signal
from loopspec import log


def handler(which):
    log("handler", which)


async def pause():
    await asyncio.sleep(0.1)


def scenario(loop):
    loop.add_signal_handler(signal.SIGUSR1, handler, "first loop")
    loop.add_signal_handler(signal.SIGUSR2, handler, "first loop")
    loop.close()
    log("removed after close", loop.remove_signal_handler(signal.SIGUSR1))
    other = asyncio.new_event_loop()
    other.add_signal_handler(signal.SIGUSR1, handler, "second loop")
    signal.raise_signal(signal.SIGUSR1)
    other.run_until_complete(pause())
    other.close()
