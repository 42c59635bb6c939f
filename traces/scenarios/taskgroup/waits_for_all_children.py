"""Leaving a TaskGroup's async with block waits until every child task is done.

The body ends at once; the block is left at 0.3, when the slowest child
finishes, and every child has its result by then.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    log("finished", name, asyncio.get_running_loop().time())
    return name


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.3))
        b = tg.create_task(job("b", 0.1))
        c = tg.create_task(job("c", 0.2))
        log("body done", loop.time())
    log("group done", loop.time(), a.result(), b.result(), c.result())
