"""timeout() records the task's cancelling() count at entry and converts only if it falls back to that count at exit.

A task whose cancel was already requested once (and caught, so cancelling()
is 1) enters a timeout. When the deadline fires the count is 2; the exit's
uncancel() brings it back to 1, which is the entry value, so the block still
raises TimeoutError and the count stays 1.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancelling
features: timeout, cancellation, tasks, sleep, time, current_task
python: 3.11.7
"""
import asyncio
from loopspec import log


async def worker():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("first cancel caught", task.cancelling())
    try:
        async with asyncio.timeout(0.2):
            log("entered", task.cancelling())
            await asyncio.sleep(1)
    except TimeoutError:
        log("timeout", task.cancelling(), loop.time())
    return task.cancelling()


async def main():
    t = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(0.1)
    t.cancel()
    r = await t
    log("worker returned", r)
