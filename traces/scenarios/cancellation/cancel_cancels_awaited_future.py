"""Cancelling a task cancels the future it awaits, immediately and with the message.

The future is cancelled synchronously inside task.cancel(), while the
task itself is still pending; the task learns of it on the next
iteration.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, futures, sleep
"""
import asyncio
from loopspec import log


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        log("waiter sees", e)
        raise


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    t.cancel(msg="no longer needed")
    log("future", fut.done(), fut.cancelled())
    log("task", t.done(), t.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        log("future result", e)
    await asyncio.sleep(0)
    log("task later", t.done(), t.cancelled())
