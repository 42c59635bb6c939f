"""A task that cancels itself keeps running until its next await, which raises CancelledError.

current_task().cancel() cannot interrupt the running step: it returns
True and marks the task. The code after it runs; the next await suspends
on a future that the task cancels at once, so the CancelledError arrives
one iteration later at the same virtual time, not after the delay.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, current_task, sleep, time
"""
import asyncio
from loopspec import log


async def worker():
    me = asyncio.current_task()
    log("self cancel", me.cancel(), me.cancelling(), me.cancelled())
    log("still running")
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log("cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    t = asyncio.create_task(worker())
    try:
        await t
    except asyncio.CancelledError:
        log("task", t.cancelled())
