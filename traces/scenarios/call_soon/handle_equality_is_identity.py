"""Plain Handles compare by identity and have no order; a TimerHandle is never equal to a Handle.

Two call_soon handles with the same callback and arguments are unequal;
ordering them, or a TimerHandle against a Handle, raises TypeError
naming both classes.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Handle
features: handles, call_soon, call_later, exceptions
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    h1 = loop.call_soon(log, "soon")
    h2 = loop.call_soon(log, "soon")
    t = loop.call_later(0.1, log, "later")
    log(h1 == h2, h1 == h1, h1 != h2, t == h1, h1 == t)
    for left, right in ((h1, h2), (t, h1), (h1, t)):
        try:
            log(left < right)
        except TypeError as e:
            log(e)
    await asyncio.sleep(0.2)
