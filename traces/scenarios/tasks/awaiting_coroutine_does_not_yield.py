"""Awaiting a coroutine runs it inline, in the same step: the loop gets no turn.

Nested coroutines that never suspend complete without a loop iteration,
so the sibling's tick cannot appear between them; only the sleep(0)
lets it run.

spec: https://docs.python.org/3.11/library/asyncio-task.html#coroutines
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def ticker():
    for i in range(2):
        log("tick", i)
        await asyncio.sleep(0)


async def leaf(v):
    log("leaf", v)
    return v + 1


async def middle(v):
    w = await leaf(v)
    return await leaf(w)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    r = await middle(1)
    r = await middle(r)
    log("result", r)
    await asyncio.sleep(0)
    log("after sleep(0)")
    await t
