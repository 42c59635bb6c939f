"""A task that caught one cancellation can be cancelled again later.

After suppressing the first CancelledError the task awaits again; a
second cancel() interrupts that await too, and this time the task lets
the error end it. cancelling() counts both requests.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-cancellation
features: tasks, cancellation, current_task, sleep, time
"""
import asyncio
from loopspec import log


async def worker():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("first cancel caught at", loop.time())
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("second cancel at", loop.time(), asyncio.current_task().cancelling())
        raise


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0.2)
    log("still running", t.done(), t.cancelling())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log("ended cancelled", t.cancelled(), t.cancelling())
