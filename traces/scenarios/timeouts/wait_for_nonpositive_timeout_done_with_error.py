"""wait_for() with timeout <= 0 on an already-done awaitable that failed or was cancelled raises its outcome at once, not TimeoutError.

The zero-timeout path returns fut.result() when the awaitable is already
done: a task that ended with ValueError re-raises it, and a cancelled future
raises CancelledError itself (TimeoutError is only for what wait_for has to
cancel). Nothing yields to the loop: a callback queued before both calls
runs after them.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, tasks, futures, cancellation, exceptions, call_soon, sleep
"""
import asyncio
from loopspec import log


async def fail():
    raise ValueError("failed")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(fail(), name="fail")
    await asyncio.sleep(0)
    c = loop.create_future()
    c.cancel()
    log("done", t.done(), c.done())
    loop.call_soon(log, "callback")
    try:
        await asyncio.wait_for(t, 0)
    except (ValueError, TimeoutError) as e:
        log("failed task, timeout 0", e)
    try:
        await asyncio.wait_for(c, -1)
    except (asyncio.CancelledError, TimeoutError) as e:
        log("cancelled future, timeout -1", e, asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    log("after sleep(0)")
