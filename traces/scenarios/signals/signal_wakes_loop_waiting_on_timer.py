"""A signal wakes a loop that would wait for a distant timer: its clock does not move.

select returns at once when the self-pipe is readable, so the handler runs
at the time of the raise, not at the timer's deadline; the loop then waits
for the timer.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, call_later, time, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def handler(loop):
    log("handler at", loop.time())


def raise_it(loop):
    log("raising at", loop.time())
    signal.raise_signal(signal.SIGUSR1)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, handler, loop)
    loop.call_later(1, raise_it, loop)
    await asyncio.sleep(5)
    log("main resumed at", loop.time())
