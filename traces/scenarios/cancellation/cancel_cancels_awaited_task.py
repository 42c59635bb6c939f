"""Cancelling a task that awaits another task cancels the awaited task first.

The outer task's cancel() is forwarded to the task it waits on. The inner
task sees CancelledError on the next iteration and ends cancelled; its
completion wakes the outer task one iteration later, which then sees the
CancelledError too. main's sleep(0) steps show the two iterations.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-cancellation
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        log("outer cancelled")
        raise


async def main():
    i = asyncio.create_task(inner(), name="inner")
    o = asyncio.create_task(outer(i), name="outer")
    await asyncio.sleep(0)
    log("cancel outer", o.cancel(), i.cancelling(), o.cancelling())
    await asyncio.sleep(0)
    log("iteration 1", i.cancelled(), o.done())
    await asyncio.sleep(0)
    log("iteration 2", i.cancelled(), o.cancelled())
