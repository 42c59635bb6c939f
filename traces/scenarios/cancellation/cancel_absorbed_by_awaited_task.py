"""If the awaited task swallows the forwarded cancellation, the awaiting task is not cancelled.

outer.cancel() returns True because it was passed on to the inner task,
and the outer task does not also mark itself for cancellation. The inner
task catches CancelledError and returns 5, so the outer task's await
simply returns 5: outer finishes normally although cancelling() is 1.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, current_task, sleep
"""
import asyncio
from loopspec import log


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("inner absorbs the cancellation")
    return 5


async def outer(t):
    r = await t
    log("outer got", r, asyncio.current_task().cancelling())
    return r + 1


async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0)
    log("cancel", o.cancel())
    r = await o
    log("outer", r, o.cancelled(), o.cancelling(), i.cancelling())
