"""An exception raised in the TaskGroup body cancels the children, waits for them, and comes out in an ExceptionGroup.

The body fails at 0.1; the child is cancelled and takes 0.1 s to clean up, so
the group error leaves the block at 0.2, holding just the body's exception.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exception_groups, cancellation, sleep, time, tasks
"""
import asyncio
from loopspec import log


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("child cancelled", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)
        log("child cleanup done")
        raise


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            c = tg.create_task(child(), name="child")
            await asyncio.sleep(0.1)
            raise ValueError("body failed")
    except ExceptionGroup as eg:
        log("group error", eg, loop.time(), c.cancelled())
