"""The process has one wake-up descriptor: the last loop to add a signal handler holds it.

Loop A handles SIGUSR1 and loop B then SIGUSR2, so every signal's byte goes
to B's self-pipe. A SIGUSR1 raised while A runs never reaches A; B's reader
later drops it, as B has no handler for it.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, run_until_complete, event_loop_policy
"""
import asyncio
import signal
from loopspec import log


def handler(which):
    log("handler", which)


async def raise_and_wait(sig):
    signal.raise_signal(sig)
    for _ in range(3):
        await asyncio.sleep(0)
    log("waited")


def scenario(loop):
    loop.add_signal_handler(signal.SIGUSR1, handler, "A")
    other = asyncio.new_event_loop()
    other.add_signal_handler(signal.SIGUSR2, handler, "B")
    loop.run_until_complete(raise_and_wait(signal.SIGUSR1))
    other.run_until_complete(raise_and_wait(signal.SIGUSR2))
    other.close()
    loop.close()
