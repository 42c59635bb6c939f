"""A signal raised twice before the loop reads its self-pipe runs its handler twice.

Each raise writes one byte to the pipe; the reader queues the handler once
per byte, so both calls run in the same later iteration.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, call_soon, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def handler(n):
    log("handler", n)


def tick(n):
    log("tick", n)
    if n < 3:
        asyncio.get_running_loop().call_soon(tick, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR2, handler, 2)
    loop.call_soon(tick, 0)
    signal.raise_signal(signal.SIGUSR2)
    signal.raise_signal(signal.SIGUSR2)
    await asyncio.sleep(0.1)
    log("done")
