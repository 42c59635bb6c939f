"""A TaskGroup's ExceptionGroup lists child errors in the order the children failed, not the order they were created.

Both children fail before the group's cancellation can reach them: "late"
(created first) fails one iteration after "early" (created second) and is
already done when the group aborts. Both errors are kept, early's first.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exception_groups, sleep, tasks
"""
import asyncio
from loopspec import log


async def late():
    await asyncio.sleep(0)
    log("late raises")
    raise KeyError("late")


async def early():
    log("early raises")
    raise ValueError("early")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(late())
            tg.create_task(early())
    except ExceptionGroup as eg:
        log("errors", eg)
