"""A failing TaskGroup child gets its three siblings cancelled in set order, not in creation order.

"first", "second" and "third" are created in that order and sleep; "failing"
raises at t=0.1. The group's abort walks its set of children, whose order
in CPython follows memory addresses, and cancels each one still running;
each cancelled sibling wakes in the order it was cancelled and logs. Any of
the six orders is permitted. Fixed whatever the order: all three are
cancelled in the same loop iteration, and the group raises an
ExceptionGroup holding only the ValueError.

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
        log(name, "cancelled at", asyncio.get_running_loop().time())
        raise


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling("first"), name="first")
            tg.create_task(sibling("second"), name="second")
            tg.create_task(sibling("third"), name="third")
            tg.create_task(failing(), name="failing")
    except* ValueError as eg:
        log("group", eg.exceptions)
