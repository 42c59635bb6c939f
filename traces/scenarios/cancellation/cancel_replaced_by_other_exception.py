"""A task that turns CancelledError into another exception ends with that exception.

The task is not cancelled: cancelled() is False and exception() returns
the new error, which is what an awaiting task receives.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, exceptions, sleep
"""
import asyncio
from loopspec import log


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise RuntimeError("aborted")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        log("main caught", e)
    log("task", t.cancelled(), t.exception(), t.cancelling())
