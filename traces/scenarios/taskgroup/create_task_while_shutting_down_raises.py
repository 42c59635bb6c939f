"""Once a TaskGroup is aborting after a child failed, tg.create_task() raises RuntimeError: it is shutting down.

The body, cancelled by the failure, tries to start a replacement task in its
cancellation handler and is refused; the group still raises its
ExceptionGroup afterwards.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup.create_task
features: taskgroup, exception_groups, cancellation, exceptions, sleep, tasks
"""
import asyncio
from loopspec import log


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def replacement():
    log("replacement ran")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                c = replacement()
                try:
                    tg.create_task(c)
                except RuntimeError as e:
                    log("refused", e)
                await c
                raise
    except ExceptionGroup as eg:
        log("group error", eg)
