"""shield(coroutine) wraps the coroutine in a new task, which survives when the caller is cancelled.

The coroutine runs as Task-2, not in the caller's task. The caller is
cancelled at 0.1; the orphaned task still runs to completion at 0.2 and its
result is simply dropped.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.shield
features: shield, cancellation, current_task, tasks, sleep, time, call_later
"""
import asyncio
from loopspec import log


async def save(v):
    log("save runs in", asyncio.current_task())
    await asyncio.sleep(0.2)
    log("saved", v, asyncio.get_running_loop().time())
    return v


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    loop.call_later(0.1, task.cancel)
    try:
        await asyncio.shield(save("data"))
    except asyncio.CancelledError:
        log("main cancelled", loop.time(), task.cancelling())
    task.uncancel()
    await asyncio.sleep(0.3)
    log("main end", loop.time())
