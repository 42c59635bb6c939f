"""Both operands of a binary operator may await: the left one is evaluated (and awaited) first.

`(await slow("a", 0.2)) + (await slow("b", 0.1))` waits for a, then for
b: the two sleeps run one after the other, so the sum is ready at 0.3.
A constant operand on the left is taken before the await.

spec: https://docs.python.org/3.11/reference/expressions.html#evaluation-order
features: sleep, time
"""
import asyncio
from loopspec import log


async def slow(name, delay):
    log("start", name)
    await asyncio.sleep(delay)
    log("done", name)
    return name


async def number(n):
    await asyncio.sleep(0.1)
    return n


async def main():
    loop = asyncio.get_running_loop()
    joined = (await slow("a", 0.2)) + (await slow("b", 0.1))
    log("joined", joined, loop.time())
    total = 1 + await number(2) * await number(3)
    log("total", total, loop.time())
    log("negated", -await number(5), not await number(0))
