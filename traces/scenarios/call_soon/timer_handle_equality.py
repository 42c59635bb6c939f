"""Two TimerHandles are equal when their deadline, callback, arguments and cancelled state all match.

The callbacks do nothing, so the order of the timers due together does
not show; equal handles are still two timers. Cancelling one makes it
unequal to its twin (cancelled differs), while its when() keeps the
deadline; once both are cancelled they are equal again, since
cancelling forgets callback and arguments alike.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.TimerHandle
features: handles, call_later, call_at
"""
import asyncio
from loopspec import log


def tick(name):
    pass


def tock(name):
    pass


async def main():
    loop = asyncio.get_running_loop()
    a = loop.call_at(0.2, tick, "x")
    b = loop.call_at(0.2, tick, "x")
    c = loop.call_at(0.2, tick, "y")
    d = loop.call_at(0.2, tock, "x")
    log(a == b, a != b, a is b, a == c, a == d, a <= b)
    await asyncio.sleep(0.1)
    b.cancel()
    log(a == b, a <= b, b.when(), b.cancelled())
    c.cancel()
    log(b == c, b >= c)
    await asyncio.sleep(0.2)
    log("all due timers ran")
