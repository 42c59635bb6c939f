"""Awaiting a task that is already done returns at once, without a loop iteration.

The ticker gets no turn between the two awaits of finished tasks.

spec: https://docs.python.org/3.11/library/asyncio-task.html#awaitables
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def job(v):
    return v


async def ticker():
    for i in range(3):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(job("a"))
    b = asyncio.create_task(job("b"))
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    log("done", a.done(), b.done())
    r1 = await a
    r2 = await b
    log("awaited", r1, r2)
    await asyncio.sleep(0)
    log("after sleep(0)")
    await t
