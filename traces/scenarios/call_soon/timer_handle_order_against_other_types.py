"""A TimerHandle compared with `<=` or `>=` against something that is not a TimerHandle raises TypeError.

Its comparisons answer only for two timer handles (by deadline); with any
other operand, neither side knows how, and Python raises TypeError naming
both types.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.TimerHandle
features: handles, call_later, exceptions
"""
import asyncio
from loopspec import log


def tick():
    log("never runs")


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(1, tick)
    try:
        log(h <= 1)
    except TypeError as e:
        log("le", e)
    try:
        log(h >= 1)
    except TypeError as e:
        log("ge", e)
    h.cancel()
