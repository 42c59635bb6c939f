"""Cancelling the task that runs a TaskGroup cancels its children; the task then ends with CancelledError, not a group error.

The runner task is cancelled at 0.1. The child's cleanup takes 0.1 s and the
task ends, cancelled, only when it is over (0.2).

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, cancellation, tasks, sleep, time, exception_groups
"""
import asyncio
from loopspec import log


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("child cancelled", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)
        raise


async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(1)
    except ExceptionGroup as eg:
        log("unexpected group", eg)
    except asyncio.CancelledError:
        log("runner cancelled", asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(runner(), name="runner")
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log("runner task", t.cancelled(), loop.time())
