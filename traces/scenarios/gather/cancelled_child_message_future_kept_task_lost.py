"""A cancelled child's message survives in gather's results for a future, not for a task.

With return_exceptions=True, gather() rebuilds each cancelled child's
CancelledError from the message stored on the child. A plain future
cancelled with a message keeps it. A task cancelled with a message
stores none once the CancelledError has left its coroutine (the task is
marked cancelled without a message), so its entry is CancelledError('').

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, cancellation, futures, sleep
"""
import asyncio
from loopspec import log


async def job():
    await asyncio.sleep(0.1)


async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(job())
    await asyncio.sleep(0)
    fut.cancel(msg="future msg")
    t.cancel(msg="task msg")
    r = await asyncio.gather(fut, t, return_exceptions=True)
    log("results", r)
