"""finally blocks run when a task is cancelled, innermost first, in the cancelled step.

The CancelledError unwinds through both try/finally blocks of the
cancelled coroutine and the task is done in that same step.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-cancellation
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def work():
    try:
        try:
            await asyncio.sleep(1)
        finally:
            log("inner finally")
        log("not reached")
    finally:
        log("outer finally")


async def main():
    t = asyncio.create_task(work())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    log("task", t.done(), t.cancelled())
