"""An eager task that creates another eager task in its first step runs that one inside its own first step.

current_task() follows the nesting (outer, inner, outer again), and the
creator of both is current once create_task returns.

spec: https://docs.python.org/3.12/library/asyncio-task.html#eager-task-factory
features: eager_tasks, task_factory, current_task, sleep
python: 3.12
"""
import asyncio
from loopspec import log


async def inner():
    log("inner in", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    log("inner resumes", asyncio.current_task().get_name())


async def outer():
    log("outer in", asyncio.current_task().get_name())
    t = asyncio.get_running_loop().create_task(inner(), name="inner")
    log("outer again", asyncio.current_task().get_name(), t.done())
    await t
    log("outer ends")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = loop.create_task(outer(), name="outer")
    log("main again", asyncio.current_task().get_name())
    await t
