"""When timeout() expires, the body sees CancelledError and the block's exit turns it into TimeoutError.

Inside the body the task reports cancelling() == 1. The TimeoutError leaves
the async with at the deadline; afterwards expired() is True and the task's
cancellation count is back to 0, so the task carries on normally.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, cancellation, current_task, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    try:
        async with asyncio.timeout(0.3) as cm:
            try:
                await asyncio.sleep(10)
            except asyncio.CancelledError as e:
                log("body cancelled", e, task.cancelling(), loop.time())
                raise
            log("not reached")
    except TimeoutError as e:
        log("timeout", e, loop.time())
    log("expired", cm.expired(), "cancelling", task.cancelling())
    await asyncio.sleep(0.1)
    log("continues", loop.time())
