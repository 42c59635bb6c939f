"""A cancel request arriving after timeout() fired makes the block re-raise CancelledError, not TimeoutError.

The deadline fires at 0.1 (cancelling() becomes 1). While the body cleans up,
another task cancels it at 0.15 (cancelling() becomes 2). At exit the block
removes only its own request, sees one left, and re-raises CancelledError,
although expired() is True.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, cancellation, current_task, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def guarded():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.1) as cm:
            try:
                await asyncio.sleep(5)
            except asyncio.CancelledError:
                log("deadline hit", task.cancelling(), loop.time())
                try:
                    await asyncio.sleep(0.1)
                finally:
                    log("cleanup interrupted", task.cancelling(), loop.time())
    except TimeoutError:
        log("wrongly converted")
    except asyncio.CancelledError:
        log("CancelledError", cm.expired(), task.cancelling())
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(guarded(), name="guarded")
    await asyncio.sleep(0.15)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log("task cancelled", t.cancelled(), loop.time())
