"""A cancellation that comes from outside, before the deadline, passes through timeout() as CancelledError.

The task is cancelled by another task at 0.1 while its timeout is set for
1.0: the block does not turn this into TimeoutError, expired() stays False,
and the task ends cancelled.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def guarded():
    try:
        async with asyncio.timeout(1.0) as cm:
            await asyncio.sleep(5)
    except TimeoutError:
        log("wrongly converted")
    except asyncio.CancelledError:
        log("cancelled through timeout", cm.expired(), asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(guarded(), name="guarded")
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log("task", t.cancelled(), loop.time())
