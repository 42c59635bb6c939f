"""A failing child's cancel of the parent is taken back at the group's exit from 3.13, even when it came while the group waited.

The body ends at once, so the group waits in its exit for the child; the
child's error then cancels the parent. Up to 3.12 the group takes its own
cancel back only if it came before the exit began, so the parent is left
with a pending cancel request; 3.13 takes it back after the children are
done (found by the property tests on 3.13, properties/FINDINGS.md).

spec: https://docs.python.org/3.13/library/asyncio-task.html#task-groups
features: taskgroup, tasks, cancellation, exceptions
"""
import asyncio
from loopspec import log


async def failing():
    raise ValueError("child")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing())
    except ExceptionGroup as eg:
        log("group failed", eg.exceptions)
    log("cancelling after the group", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    log("still running")
