"""uncancel() only lowers the count: a requested cancellation is still delivered.

After cancel() and uncancel() on a sleeping task, cancelling() is back to
0, but the awaited sleep future was already cancelled, so the task still
receives CancelledError at its next step and ends cancelled.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.uncancel
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("worker cancelled anyway")
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    log("cancel", t.cancel(), t.cancelling())
    log("uncancel", t.uncancel(), t.cancelling())
    await asyncio.sleep(0)
    log("task", t.done(), t.cancelled(), t.cancelling())
