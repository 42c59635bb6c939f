"""During its eager first step a task is already among all_tasks(); if it finishes there it never shows after.

all_tasks() counts the creator and the eager task while the step runs; a
task that suspended stays listed until done.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.all_tasks
features: eager_tasks, task_factory, all_tasks, sleep
python: 3.12
"""
import asyncio
from loopspec import log


async def probe(suspend):
    log("during step", asyncio.all_tasks())
    if suspend:
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    loop.create_task(probe(False), name="quick")
    log("after quick", asyncio.all_tasks())
    s = loop.create_task(probe(True), name="slow")
    log("after slow", asyncio.all_tasks())
    await s
    log("at end", asyncio.all_tasks())
