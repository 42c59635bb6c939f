"""During its eager first step the new task is current_task(); the creator is current again after.

The swap does not complain that another task is running (the creator is
suspended inside create_task), and it is undone even when the step raises.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.current_task
features: eager_tasks, task_factory, current_task, tasks, exceptions
python: 3.12
"""
import asyncio
from loopspec import log


async def child(fail):
    log("inside", asyncio.current_task().get_name())
    if fail:
        raise ValueError("first step failed")
    await asyncio.sleep(0)
    log("later", asyncio.current_task().get_name())


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    log("creator", asyncio.current_task().get_name())
    t = loop.create_task(child(False), name="ok")
    log("back in", asyncio.current_task().get_name())
    f = loop.create_task(child(True), name="bad")
    log("back again", asyncio.current_task().get_name(), f.done(), f.exception())
    await t
