"""Four TaskGroup children cancelled by a failing fifth log their cancellation in the order of the group's task set.

The walk that cancels the siblings goes over a set of tasks, so its order
is CPython's address order, which no rule of asyncio fixes; any of the 24
orders of the four "cancelled" lines is permitted. The failing child is
created last and is not among them (it is already done when the group
aborts). After the four lines the group's ExceptionGroup holds the one
ValueError, and the code after the `async with` sees every child done.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: taskgroup, exception_groups, cancellation, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def sibling(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("failed")


async def main():
    children = []
    try:
        async with asyncio.TaskGroup() as tg:
            for name in ["a", "b", "c", "d"]:
                children.append(tg.create_task(sibling(name), name=name))
            tg.create_task(failing(), name="failing")
    except* ValueError as eg:
        log("group", eg.exceptions)
    log("all cancelled", [t.cancelled() for t in children])
