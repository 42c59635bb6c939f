"""A task whose coroutine has not started is pending, running at its `def` line.

The repr names the task, then the coroutine by its qualified name with the
file and line its frame is at: before the first step, the line of the
`async def`.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: reprs, tasks
"""
import asyncio
from loopspec import log


async def work():
    await asyncio.sleep(1)


async def main():
    t = asyncio.create_task(work(), name="worker")
    log(repr(t))
    t.cancel()
