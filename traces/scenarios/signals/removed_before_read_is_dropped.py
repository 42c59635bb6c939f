"""A signal whose handler is removed before the loop reads the self-pipe is dropped.

The byte is still in the pipe when remove_signal_handler runs; the reader
then finds no handler for it and does nothing. remove_signal_handler returns
True for a signal it removed and False when there was none.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def handler():
    log("handler ran")


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, handler)
    signal.raise_signal(signal.SIGUSR1)
    log("removed", loop.remove_signal_handler(signal.SIGUSR1))
    log("removed again", loop.remove_signal_handler(signal.SIGUSR1))
    await asyncio.sleep(0.1)
    log("done")
