"""gather()'s children all take their first step in the next iteration, in argument order.

Creating the gather runs none of them: the caller keeps running until it
awaits. Then, in one iteration, the earlier-scheduled ticker step runs
first and the three children follow in argument order.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, sleep
"""
import asyncio
from loopspec import log


async def ticker():
    for i in range(3):
        log("tick", i)
        await asyncio.sleep(0)


async def child(name):
    log("child starts", name)
    await asyncio.sleep(0)
    log("child resumes", name)
    return name


async def main():
    t = asyncio.create_task(ticker())
    g = asyncio.gather(child("a"), child("b"), child("c"))
    log("gather created")
    r = await g
    log("results", r)
    await t
