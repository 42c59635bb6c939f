"""cancel() after the awaited future completed, before the task woke: the result is lost.

The future already has a result, so it cannot be cancelled; the task
instead marks itself to be cancelled, and its pending wake-up throws
CancelledError (with the message) into the coroutine at the await instead
of delivering the value. The future itself keeps its result.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, futures, sleep
"""
import asyncio
from loopspec import log


async def waiter(fut):
    try:
        v = await fut
        log("waiter got", v)
    except asyncio.CancelledError as e:
        log("waiter cancelled", e)
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    fut.set_result(7)
    log("cancel", t.cancel(msg="late"))
    await asyncio.sleep(0)
    log("task", t.done(), t.cancelled())
    log("future", fut.cancelled(), fut.result())
