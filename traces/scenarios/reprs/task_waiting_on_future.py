"""A task suspended on a future shows the line it waits at and the future with its wakeup callback.

`wait_for=` is the awaited future's own repr; its callback list holds the
task's wakeup, which the C Task writes as `Task.task_wakeup()`.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: reprs, tasks, futures
"""
import asyncio
from loopspec import log


async def waiter(fut):
    value = await fut
    return value


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut), name="w")
    await asyncio.sleep(0)
    log(repr(t))
    log(repr(fut))
    fut.set_result(4)
    await t
    log(repr(t))
