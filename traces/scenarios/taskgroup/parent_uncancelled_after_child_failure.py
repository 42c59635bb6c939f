"""A TaskGroup withdraws the cancel it sent its parent after a child failed: the parent carries on uncancelled.

Once the ExceptionGroup is caught, current_task().cancelling() is 0 again
and the parent can await normally.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exception_groups, cancellation, current_task, sleep, time, tasks
"""
import asyncio
from loopspec import log


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log("body cancelled", task.cancelling())
                raise
    except ExceptionGroup as eg:
        log("caught", eg, task.cancelling())
    await asyncio.sleep(0.5)
    log("parent continues", loop.time(), task.cancelling())
