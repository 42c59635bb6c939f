"""tg.create_task() after the TaskGroup's block has ended raises RuntimeError: the group is finished.

The message includes the group's repr. The same group used before entering
also refuses with "has not been entered".

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup.create_task
features: taskgroup, exceptions, tasks, sleep
"""
import asyncio
from loopspec import log


async def job(v):
    await asyncio.sleep(0.1)
    return v


async def main():
    tg = asyncio.TaskGroup()
    c = job(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        log("before entering", e)
    await c
    async with tg:
        t = tg.create_task(job(1))
    log("inside result", t.result())
    c = job(2)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        log("after exit", e)
    r = await c
    log("coroutine still usable", r)
