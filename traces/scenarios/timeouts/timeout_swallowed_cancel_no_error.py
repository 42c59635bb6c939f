"""If the body swallows the timeout's CancelledError, the block exits normally: expired() is True but no TimeoutError.

The exit still withdraws the timeout's cancel request, so the task's
cancelling() count returns to 0 and later awaits are not cancelled.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Timeout.expired
features: timeout, cancellation, current_task, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    async with asyncio.timeout(0.2) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            log("swallowed", task.cancelling(), loop.time())
        log("body goes on")
    log("after block", cm.expired(), task.cancelling())
    await asyncio.sleep(0.3)
    log("slept", loop.time())
