"""A child may add tasks to its group while the parent waits at the end of the block; the group waits for those too.

The body has ended and the parent is waiting when the child, at 0.1, adds
a follow-up task of 0.2 s; the block is left only at 0.3.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup.create_task
features: taskgroup, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def follow_up():
    await asyncio.sleep(0.2)
    log("follow-up done", asyncio.get_running_loop().time())
    return "follow-up"


async def first(tg):
    await asyncio.sleep(0.1)
    t = tg.create_task(follow_up(), name="follow-up")
    log("first added", t)
    return "first"


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(first(tg), name="first")
        log("body ends", loop.time())
    log("group exited", loop.time())
