"""os.kill(os.getpid(), sig) reaches the loop as signal.raise_signal does.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, call_soon, asyncio_run
"""
import asyncio
import os
import signal
from loopspec import log


def handler(name):
    log("handler", name)


def tick(n):
    log("tick", n)
    if n < 3:
        asyncio.get_running_loop().call_soon(tick, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, handler, "kill")
    loop.call_soon(tick, 0)
    os.kill(os.getpid(), signal.SIGUSR1)
    log("sent")
    await asyncio.sleep(0.1)
