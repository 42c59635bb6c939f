"""wait_for() with a negative timeout on a pending task cancels it, waits for it to finish, then raises TimeoutError.

The task is already running (sleeping) when wait_for() is called. Its
cancellation handler takes 0.1 s, and wait_for() waits for it: TimeoutError is
raised at 0.2 and the task ends cancelled.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def worker():
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log("worker cancelled", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(0.1)
    try:
        await asyncio.wait_for(t, -1)
    except TimeoutError as e:
        log("timeout", e, loop.time())
    log("worker", t.done(), t.cancelled())
