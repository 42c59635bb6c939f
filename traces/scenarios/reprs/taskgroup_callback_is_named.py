"""A task of a TaskGroup lists the group's done callback as `TaskGroup._on_task_done()`.

A bound method carries no source location, so the repr is stable.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: reprs, taskgroup, tasks, sleep
"""
import asyncio
from loopspec import log


async def child():
    await asyncio.sleep(1)


async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child(), name="c")
        log(repr(t))
