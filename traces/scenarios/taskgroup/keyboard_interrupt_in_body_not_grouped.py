"""KeyboardInterrupt raised in a TaskGroup body cancels and awaits the children, then propagates bare, not in a group.

The child's cleanup runs (0.1 s) before the KeyboardInterrupt leaves the
block at 0.2; the group re-raises the very exception, without wrapping.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exceptions, cancellation, sleep, time, exception_groups, tasks
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


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child())
            await asyncio.sleep(0.1)
            raise KeyboardInterrupt("stop")
    except BaseExceptionGroup as beg:
        log("wrapped", beg)
    except KeyboardInterrupt as e:
        log("bare", e, loop.time())
