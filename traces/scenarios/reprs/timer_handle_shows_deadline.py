"""A TimerHandle's repr puts its deadline before the callback.

`when=` is the loop time the timer is due at, written as str() writes the
number: call_later's deadline is a float.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.TimerHandle
features: reprs, call_later, handles
"""
import asyncio
from loopspec import log


def tick():
    log("tick")


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(1.5, tick)
    log(repr(h))
    await asyncio.sleep(2)
    log(repr(h))
