"""A task that finished in its eager first step has no coroutine, so its repr shows none.

spec: https://docs.python.org/3.12/library/asyncio-task.html#eager-task-factory
features: reprs, eager_tasks, tasks
python: 3.12
"""
import asyncio
from loopspec import log


async def quick():
    return 3


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Task(quick(), loop=loop, name="eager", eager_start=True)
    log(repr(t))
