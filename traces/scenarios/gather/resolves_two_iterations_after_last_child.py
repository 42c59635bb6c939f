"""The caller of gather() resumes two loop iterations after the last child finishes.

A child's completion schedules gather's done callback (one iteration);
that callback completes the gather future, which schedules the waiting
task's wake-up (a second iteration). The ticker's logs count them.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, sleep
"""
import asyncio
from loopspec import log


async def ticker():
    for i in range(5):
        log("tick", i)
        await asyncio.sleep(0)


async def child():
    log("child finishes")
    return 1


async def main():
    t = asyncio.create_task(ticker())
    r = await asyncio.gather(child())
    log("gather returned", r)
    await t
