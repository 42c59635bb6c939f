"""When a TaskGroup child fails, the group cancels its two other children in the order of its task set.

"failing" raises at t=0.1 while "left" and "right" are asleep. The group
cancels every child still running by walking the set it keeps them in;
CPython's sets order tasks by memory address, so which sibling is cancelled
first, and so first logs its CancelledError, is left open. Either order is
permitted. What does not depend on it: both siblings are cancelled at
t=0.1 and the ExceptionGroup holds the ValueError alone.

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
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("left"), name="left")
            tg.create_task(sibling("right"), name="right")
            tg.create_task(failing(), name="failing")
    except* ValueError as eg:
        log("group", eg.exceptions)
