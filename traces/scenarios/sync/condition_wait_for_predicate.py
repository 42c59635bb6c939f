"""Condition.wait_for(predicate) checks the predicate first, then after every wake-up, and returns its final value.

The predicate (a top-level function reading a module-level list) is called
once before waiting and once per notify; the consumer returns only when it
holds, after the third notify.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Condition.wait_for
features: condition, tasks, sleep, time
"""
import asyncio
from loopspec import log

ITEMS = []


def enough():
    log("predicate sees", len(ITEMS))
    return len(ITEMS) >= 3


async def consumer(cond):
    async with cond:
        r = await cond.wait_for(enough)
        log("consumer done", r, asyncio.get_running_loop().time())


async def main():
    cond = asyncio.Condition()
    c = asyncio.create_task(consumer(cond))
    for i in range(3):
        await asyncio.sleep(0.1)
        async with cond:
            ITEMS.append(i)
            cond.notify()
    await c
