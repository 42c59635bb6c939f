"""A signal handler runs two loop iterations after the signal is raised.

The signal writes its number to the loop's self-pipe. The next iteration's
select finds the pipe readable and runs the pipe's reader, which queues the
handler; the handler runs in the iteration after that. A chain of call_soon
callbacks shows where it falls.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, call_soon, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def handler(name):
    log("handler", name)


def tick(n):
    log("tick", n)
    if n < 4:
        asyncio.get_running_loop().call_soon(tick, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, handler, "usr1")
    loop.call_soon(tick, 0)
    signal.raise_signal(signal.SIGUSR1)
    log("raised")
    await asyncio.sleep(0.1)
