"""TaskGroup children cancelled after a sibling fails run their `finally` blocks in the order the group walks its task set.

Three children wait on an Event that is never set; the fourth raises at
t=0.1. The group cancels the three by iterating its set of tasks (address
order in CPython), and each `finally` logs when its task wakes with the
CancelledError, so the three lines come in the walk's order, which is open.
The ExceptionGroup is the same whatever the order.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: taskgroup, exception_groups, cancellation, event, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def holder(name, event):
    try:
        await event.wait()
        log(name, "saw the event")
    finally:
        log(name, "finally")


async def failing():
    await asyncio.sleep(0.1)
    raise KeyError("gone")


async def main():
    never = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(holder("x", never), name="x")
            tg.create_task(holder("y", never), name="y")
            tg.create_task(holder("z", never), name="z")
            tg.create_task(failing(), name="failing")
    except* KeyError as eg:
        log("group", eg.exceptions)
