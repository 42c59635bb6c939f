"""A cancelled handle's repr says cancelled and no longer names the callback.

Cancelling drops the callback and its arguments, so the repr keeps only the
class, the mark and, for a timer, the deadline.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Handle.cancel
features: reprs, call_soon, call_later, handles
"""
import asyncio
from loopspec import log


def tick():
    log("tick")


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(tick)
    t = loop.call_later(2, tick)
    h.cancel()
    t.cancel()
    log(repr(h))
    log(repr(t))
