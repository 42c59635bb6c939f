"""gather() with no arguments is already resolved to []: awaiting it does not yield.

The returned future is done when gather() returns, so `await` gives []
in the same step; the ticker task gets no turn in between.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, sleep
"""
import asyncio
from loopspec import log


async def ticker():
    for i in range(3):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    g = asyncio.gather()
    log("done at once", g.done())
    r = await asyncio.gather()
    log("empty result", r)
    await asyncio.sleep(0)
    log("after one sleep(0)")
    await t
