"""`d[k] += await f()` reads d[k] before it awaits, so an update made meanwhile is lost.

The augmented assignment evaluates its target and loads the old value,
then awaits the right-hand side, then stores old + result. Another task
that adds to the same entry while the first is suspended has its update
overwritten: the classic lost update. `x += await f()` on a local works
as expected.

spec: https://docs.python.org/3.11/reference/simple_stmts.html#augmented-assignment-statements
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def amount(n, delay):
    await asyncio.sleep(delay)
    return n


async def add(counts, n, delay):
    counts["total"] += await amount(n, delay)
    log("added", n, counts)


async def main():
    counts = {"total": 0}
    await asyncio.gather(add(counts, 1, 0.2), add(counts, 10, 0.1))
    log("lost update", counts["total"])
    x = 5
    x += await amount(2, 0)
    x *= await amount(3, 0)
    log("local", x)
    items = [1]
    items += await amount([2, 3], 0)
    log("list extended", items)
