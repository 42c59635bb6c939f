"""A partial callback is written as the wrapped function, its bound arguments, then the handle's.

The source location is the wrapped function's `def`.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Handle
features: reprs, call_soon, handles
"""
import asyncio
import functools
from loopspec import log


def add(a, b, scale=1):
    log("add", (a + b) * scale)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(functools.partial(add, 1, scale=10), 2)
    log(repr(h))
    await asyncio.sleep(0)
