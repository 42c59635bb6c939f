"""TaskGroup.create_task settles a child that finished eagerly on the spot; one that failed aborts the group at once.

A child done at creation is never waited for. A child that raised in its
first step cancels its siblings and the group's body right away, and the
error reaches the group's ExceptionGroup at exit.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.TaskGroup.create_task
features: eager_tasks, task_factory, taskgroup, exception_groups, sleep, cancellation
python: 3.12
"""
import asyncio
from loopspec import log


async def quick(v):
    log("quick", v)
    return v


async def waits():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("sibling cancelled")
        raise


async def fails():
    log("fails")
    raise ValueError("bad child")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    async with asyncio.TaskGroup() as tg:
        q = tg.create_task(quick(1))
        log("quick done", q.done(), q.result())
    log("first group exited")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(waits())
            await asyncio.sleep(0)
            tg.create_task(fails())
            log("body goes on", asyncio.current_task().cancelling())
            await asyncio.sleep(0)
            log("not reached")
    except* ValueError as eg:
        log("group raised", eg.exceptions)
