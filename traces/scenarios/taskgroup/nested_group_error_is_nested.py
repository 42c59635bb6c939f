"""A failing inner TaskGroup makes the outer one raise an ExceptionGroup holding the inner ExceptionGroup.

The inner group's ExceptionGroup leaves the outer group's body like any
body error: the outer child is cancelled, and the outer group wraps the
inner group as is, without flattening it.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exception_groups, cancellation, sleep, time, tasks
"""
import asyncio
from loopspec import log


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("deep")


async def bystander():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("outer child cancelled", asyncio.get_running_loop().time())
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(bystander())
            async with asyncio.TaskGroup() as inner:
                inner.create_task(failing())
            log("not reached")
    except ExceptionGroup as eg:
        log("outer error", eg)
