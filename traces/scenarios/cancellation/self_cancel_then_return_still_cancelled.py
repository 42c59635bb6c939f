"""A task that cancels itself and then returns without awaiting ends cancelled.

The pending cancellation request is honoured when the coroutine finishes:
the return value is discarded and the task is marked cancelled, although
no CancelledError was ever raised inside it. The message is kept.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, current_task
"""
import asyncio
from loopspec import log


async def worker():
    asyncio.current_task().cancel(msg="changed my mind")
    log("returning")
    return 1


async def main():
    t = asyncio.create_task(worker())
    try:
        r = await t
        log("got", r)
    except asyncio.CancelledError as e:
        log("main sees", e)
    log("task", t.done(), t.cancelled())
