"""A task that finished in its eager first step lets go of its coroutine: get_coro() returns None.

A task that suspended keeps its coroutine, also after it finishes later.
(3.12.1 crashes on get_coro() of such a task, so this pins 3.13.)

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.Task.get_coro
features: eager_tasks, task_factory, tasks, sleep
python: 3.13
"""
import asyncio
from loopspec import log


async def quick():
    return 1


async def slow():
    await asyncio.sleep(0)
    return 2


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    q = asyncio.create_task(quick())
    log("quick coro", q.get_coro())
    s = asyncio.create_task(slow())
    await s
    log("slow coro kept", s.get_coro() is not None)
