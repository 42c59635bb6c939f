"""A handler already queued by the self-pipe's reader still runs after it is removed.

The reader queues the handler's handle in one iteration; a callback in the
same iteration removes the handler, but the queued handle is not cancelled
and runs in the next.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, call_soon, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def handler():
    log("handler ran")


def remove(loop):
    log("removed", loop.remove_signal_handler(signal.SIGTERM))


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, handler)
    signal.raise_signal(signal.SIGTERM)
    loop.call_soon(loop.call_soon, remove, loop)
    await asyncio.sleep(0.1)
    log("done")
