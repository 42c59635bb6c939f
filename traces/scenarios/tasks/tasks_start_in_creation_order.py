"""Tasks created in one step take their first steps in creation order, in the same iteration.

Each first step is a ready callback queued by create_task(); the ready
queue is FIFO. Their second steps, after sleep(0), again run in that order.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.create_task
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def job(name):
    log("first step", name)
    await asyncio.sleep(0)
    log("second step", name)


async def main():
    c = asyncio.create_task(job("c"))
    a = asyncio.create_task(job("a"))
    b = asyncio.create_task(job("b"))
    await asyncio.sleep(0)
    log("main, one iteration later")
    await asyncio.sleep(0)
    log("main, two iterations later", a.done(), b.done(), c.done())
