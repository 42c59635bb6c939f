"""Awaiting a future that is already done does not suspend, so an eager task can finish in its first step.

Only a pending future ends the eager step; the task is then parked on it
like any other, and woken by its done callback.

spec: https://docs.python.org/3.12/library/asyncio-task.html#eager-task-factory
features: eager_tasks, task_factory, futures, call_soon
python: 3.12
"""
import asyncio
from loopspec import log


async def reader(fut):
    value = await fut
    log("read", value)
    return value


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    ready = loop.create_future()
    ready.set_result("ready")
    t = asyncio.create_task(reader(ready))
    log("finished eagerly", t.done())
    pending = loop.create_future()
    u = asyncio.create_task(reader(pending))
    log("parked", u.done())
    loop.call_soon(pending.set_result, "later")
    log("awaited", await u)
