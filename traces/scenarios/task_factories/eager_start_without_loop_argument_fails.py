"""Task(coro, eager_start=True) without loop= raises AttributeError in 3.12.1 and 3.13.0, after using up a Task-N.

The C Task asks its loop *argument* whether it is running, which is None
when the loop was left to default: a bug of those releases. The failed
task had already taken its number, so the next default name skips it.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.Task
features: eager_tasks, tasks, exceptions
python: 3.12
"""
import asyncio
from loopspec import log


async def child():
    log("child runs")


async def main():
    try:
        asyncio.Task(child(), eager_start=True)
    except AttributeError as e:
        log("raised", e)
    t = asyncio.create_task(child())
    log("next name", t.get_name())
    await t
