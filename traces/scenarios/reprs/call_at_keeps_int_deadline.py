"""call_at with an int deadline keeps it an int in the TimerHandle's repr.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_at
features: reprs, call_at, handles
"""
import asyncio
from loopspec import log


def tick():
    log("tick")


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_at(3, tick)
    log(repr(h))
    h.cancel()
