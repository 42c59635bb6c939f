"""Only the first retrieval of a cancelled task's outcome carries the cancel message.

The task stores the CancelledError that escaped its coroutine and hands
out that very object once: the first `await t` raises
CancelledError('stop'). Every later result() or exception() call builds a
fresh CancelledError from the task's own cancel message, which was reset
when the coroutine's CancelledError marked the task cancelled, so it has
no arguments. A loop's task must reproduce this hand-over-once rule.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.result
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def worker():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel(msg="stop")
    try:
        await t
    except asyncio.CancelledError as e:
        log("await", e)
    try:
        t.result()
    except asyncio.CancelledError as e:
        log("result()", e)
    try:
        t.exception()
    except asyncio.CancelledError as e:
        log("exception()", e)
