"""The parent leaves a TaskGroup's block two loop iterations after its last child finished.

The child's done-callback (the group's bookkeeping) runs in the iteration
after the child returns and wakes the parent, which resumes one iteration
later. A ticker task logging once per iteration shows the count.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, tasks, sleep
"""
import asyncio
from loopspec import log


async def child():
    log("child runs")
    return 1


async def ticker(n):
    for i in range(n):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    tk = asyncio.create_task(ticker(5), name="ticker")
    async with asyncio.TaskGroup() as tg:
        c = tg.create_task(child())
        log("body ends")
    log("group exited", c.result())
    await tk
