"""asyncio.Task(coro, loop=loop, eager_start=True) starts eagerly without any factory; eager_start=False does not.

The Task constructor itself takes the eager_start keyword from 3.12: the
first step runs inside the constructor while the loop runs.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.Task
features: eager_tasks, tasks, sleep
python: 3.12
"""
import asyncio
from loopspec import log


async def child(tag):
    log("child", tag)
    await asyncio.sleep(0)
    return tag


async def main():
    loop = asyncio.get_running_loop()
    log("factory", loop.get_task_factory())
    a = asyncio.Task(child("eager"), loop=loop, eager_start=True)
    log("eager made")
    b = asyncio.Task(child("lazy"), loop=loop, eager_start=False, name="lazy")
    log("lazy made", b.get_name())
    log(await a, await b)
