"""cancel() only requests cancellation: cancelled() stays False until the task runs.

The task is suspended in sleep(). Right after cancel() returns True the
task is still pending; the cancelled sleep future wakes it on the next
iteration, CancelledError is raised at the await, and only then is the
task done and cancelled.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("sleeper sees CancelledError")
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    log("cancel", t.cancel())
    log("right after cancel", t.done(), t.cancelled())
    await asyncio.sleep(0)
    log("one iteration later", t.done(), t.cancelled())
