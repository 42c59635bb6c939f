"""call_later(None, ...) and call_at(None, ...) raise TypeError at once, with a message of their own.

The check comes before anything is scheduled, so the callback never runs.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_later, call_at, exceptions
"""
import asyncio
from loopspec import log


def tick():
    log("never runs")


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_later(None, tick)
    except TypeError as e:
        log("call_later", e)
    try:
        loop.call_at(None, tick)
    except TypeError as e:
        log("call_at", e)
    await asyncio.sleep(0)
