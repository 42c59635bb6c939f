"""If the inner task swallows wait_for()'s timeout cancellation and returns, wait_for() returns that value.

After cancelling on timeout, wait_for() takes the inner task's outcome as it
is: only an inner task that ends cancelled becomes TimeoutError.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, cancellation, sleep, time
"""
import asyncio
from loopspec import log


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("stubborn ignores cancel", asyncio.get_running_loop().time())
    return "partial"


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.wait_for(stubborn(), 0.3)
    log("wait_for returned", r, loop.time())
