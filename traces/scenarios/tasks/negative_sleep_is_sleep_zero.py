"""sleep() with a negative delay behaves like sleep(0): one iteration, no timer.

The clock does not move, and the ticker gets exactly one turn.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.sleep
features: sleep, tasks, time
"""
import asyncio
from loopspec import log


async def ticker():
    for i in range(3):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(-1)
    log("after sleep(-1)", asyncio.get_running_loop().time())
    await asyncio.sleep(-0.5)
    log("after sleep(-0.5)")
    await t
