"""A task with a cancel request pending is `cancelling` until it finishes, then `cancelled`.

The awaited future is cancelled at once, so `wait_for=` shows it cancelled
while the task has not yet run its step.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: reprs, tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def sleeper(fut):
    await fut


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(sleeper(fut), name="s")
    await asyncio.sleep(0)
    t.cancel()
    log(repr(t))
    await asyncio.sleep(0)
    log(repr(t))
