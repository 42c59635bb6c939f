"""A TaskGroup that is already entered refuses a second entry with RuntimeError and carries on.

Entering a TaskGroup that is already entered raises RuntimeError at once,
naming the group by its repr (which counts its live tasks); the group that
is running is untouched, and its child finishes as usual.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: taskgroup, tasks, sleep
"""
import asyncio
from loopspec import log


async def job(name):
    await asyncio.sleep(0.1)
    log(name, "done")


async def main():
    tg = asyncio.TaskGroup()
    async with tg:
        tg.create_task(job("a"))
        try:
            async with tg:
                log("entered twice")
        except RuntimeError as e:
            log("second entry", str(e))
    log("group exited")
