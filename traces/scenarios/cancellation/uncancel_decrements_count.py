"""cancelling() counts cancel() requests and uncancel() takes them back one by one.

Each cancel() on a pending task adds one; uncancel() subtracts one and
returns the new count, never going below zero. The task catches each
CancelledError and undoes the request, as structured-concurrency code does.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.uncancel
features: tasks, cancellation, current_task, sleep
"""
import asyncio
from loopspec import log


async def worker():
    me = asyncio.current_task()
    for i in range(2):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log("caught", i, me.cancelling())
    log("uncancel", me.uncancel(), me.uncancel(), me.uncancel())
    return me.cancelling()


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    t.cancel()
    r = await t
    log("final count", r, t.cancelling(), t.cancelled())
