"""ensure_future() returns a future or a task itself, without wrapping it.

No new task is created, so no Task-N number is used: the next unnamed
task is Task-3.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.ensure_future
features: ensure_future, futures, tasks
"""
import asyncio
from loopspec import log


async def job():
    return 1


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(job())
    log("future", asyncio.ensure_future(fut) is fut)
    log("task", asyncio.ensure_future(t) is t)
    u = asyncio.create_task(job())
    log("next task", u)
    await t
    await u
