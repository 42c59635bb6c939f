"""When the body of `async with TaskGroup()` raises, the group cancels its running children in the order of its task set.

The body starts three children, lets them reach their sleep, and raises.
On exit the group aborts: it walks its set of children (address order in
CPython, left open) and cancels each; every child logs its cancellation
as it wakes, in that order. The body's error is then raised inside an
ExceptionGroup, which holds it alone whatever the order.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: taskgroup, exception_groups, cancellation, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("red"), name="red")
            tg.create_task(worker("green"), name="green")
            tg.create_task(worker("blue"), name="blue")
            await asyncio.sleep(0.1)
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        log("group", eg.exceptions)
