"""wait_for() raises CancelledError, not TimeoutError, when its inner task is cancelled by someone else.

The inner task is cancelled by a third party at 0.1, long before the
deadline. The caller gets the inner task's CancelledError although its own
cancelling() count is 0, and can carry on.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, cancellation, call_later, tasks, current_task, sleep, time
"""
import asyncio
from loopspec import log


async def inner():
    await asyncio.sleep(5)
    return "never"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(inner(), name="inner")
    loop.call_later(0.1, t.cancel)
    try:
        await asyncio.wait_for(t, 1.0)
    except TimeoutError:
        log("TimeoutError")
    except asyncio.CancelledError:
        log("CancelledError", loop.time(), asyncio.current_task().cancelling())
    await asyncio.sleep(0.1)
    log("caller carries on", loop.time(), t.cancelled())
