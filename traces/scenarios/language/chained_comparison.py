"""A chained comparison evaluates each middle operand once and stops at the first false link.

`low() < mid() < high()` calls mid() once, for both links; when the first
link is false, high() is never called. An await may stand in any operand.

spec: https://docs.python.org/3.11/reference/expressions.html#comparisons
features: sleep
"""
import asyncio
from loopspec import log


def value(name, v):
    log("eval", name)
    return v


async def later(v):
    await asyncio.sleep(0)
    return v


async def main():
    log("true chain", value("low", 1) < value("mid", 2) < value("high", 3))
    log("false first", value("low", 5) < value("mid", 2) < value("high", 3))
    log("false second", value("low", 1) < value("mid", 4) <= value("high", 3))
    log("mixed ops", 1 == 1 != 2 in [2, 3] is not None)
    log("with await", 0 <= await later(5) < 10, 0 < await later(0) < 10)
