"""Cancelled TaskGroup children start their cleanup in set order, but cleanup that sleeps ends in deadline order.

When "failing" raises at t=0.1 the group cancels "slow", "medium" and
"quick" by walking its task set; the order of the three "cleanup starts"
lines is that walk's, which CPython leaves to memory addresses. Each
`finally` then sleeps (0.3, 0.2 and 0.1 s), so the "cleanup done" lines
are fixed: quick at 0.2, medium at 0.3, slow at 0.4. The group waits for
all of them and raises its ExceptionGroup at t=0.4.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: taskgroup, exception_groups, cancellation, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def child(name, cleanup_delay):
    try:
        await asyncio.sleep(5)
    finally:
        log(name, "cleanup starts")
        await asyncio.sleep(cleanup_delay)
        log(name, "cleanup done at", asyncio.get_running_loop().time())


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("slow", 0.3), name="slow")
            tg.create_task(child("medium", 0.2), name="medium")
            tg.create_task(child("quick", 0.1), name="quick")
            tg.create_task(failing(), name="failing")
    except* ValueError as eg:
        log("group at", asyncio.get_running_loop().time(), eg.exceptions)
