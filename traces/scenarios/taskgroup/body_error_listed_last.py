"""The body's own exception comes last in the ExceptionGroup, after child errors, even when it happened first.

The body fails at 0.1. The child, cancelled because of it, fails in its
cancellation handler; that later error still comes before the body's.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exception_groups, cancellation, sleep, time, tasks
"""
import asyncio
from loopspec import log


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("child cancelled, cleanup fails")
        raise RuntimeError("cleanup failed")


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.1)
            log("body raises")
            raise ValueError("body failed")
    except ExceptionGroup as eg:
        log("group error", eg, loop.time())
