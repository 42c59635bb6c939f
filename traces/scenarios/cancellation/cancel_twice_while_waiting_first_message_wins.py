"""Two cancel() calls on a task waiting on a future: the first message wins.

The first request cancels the awaited sleep future with its message. The
second finds that future already cancelled and is only remembered on the
task, but the wake-up already carries a CancelledError, which is kept:
the task sees one CancelledError, with the first message. Both requests
count in cancelling().

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
    log("cancel", t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        log("main sees", e)
