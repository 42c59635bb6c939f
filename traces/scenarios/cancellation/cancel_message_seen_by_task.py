"""The msg given to cancel() is the argument of the CancelledError the task sees.

The same exception object propagates out of the task, so the awaiting
task catches a CancelledError carrying the message too.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log("worker sees", e)
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel(msg="shutting down")
    try:
        await t
    except asyncio.CancelledError as e:
        log("main sees", e)
    log("cancelled", t.cancelled())
