"""Positional arguments given to call_soon, call_later and call_at reach the callback.

Every value after the callback is passed through unchanged and in order,
whatever its type; parameters left out take their defaults, and a callback can
take no arguments at all.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: call_soon, call_later, call_at
"""
import asyncio
from loopspec import log


def show(tag, a, b, c):
    log(tag, a, b, c)


def with_default(tag, value="default"):
    log(tag, value)


def nothing():
    log("no args")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(show, "soon", 1, [3, 4], {"k": 5})
    loop.call_soon(show, "soon", None, (6, 7), 2.5)
    loop.call_soon(with_default, "one arg")
    loop.call_soon(nothing)
    loop.call_later(0.1, show, "later", True, "x", -3)
    loop.call_at(0.2, with_default, "at", [])
    await asyncio.sleep(0.3)
    log("done", loop.time())
