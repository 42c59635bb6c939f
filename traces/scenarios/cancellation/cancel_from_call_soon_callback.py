"""task.cancel passed to loop.call_soon cancels the task from a plain callback.

The callback runs in the first iteration, after the task's first step
(it was scheduled after it). The cancelled sleep future wakes the task
in the second iteration, where it ends cancelled.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: tasks, cancellation, call_soon, sleep
"""
import asyncio
from loopspec import log


async def worker():
    log("worker starts")
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("worker cancelled")
        raise


async def main():
    t = asyncio.create_task(worker())
    asyncio.get_running_loop().call_soon(t.cancel)
    await asyncio.sleep(0)
    log("iteration 1", t.done(), t.cancelling())
    await asyncio.sleep(0)
    log("iteration 2", t.done(), t.cancelled())
