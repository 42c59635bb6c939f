"""A timeout whose deadline has already passed fires on the next loop iteration, not at entry.

A body that never yields to the loop completes normally even under a past
deadline: the timeout callback, scheduled with call_soon, is cancelled at
exit before it could run. A body that yields once with sleep(0) is
cancelled at that point and TimeoutError comes out.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout_at
features: timeout, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    async with asyncio.timeout_at(loop.time() - 0.5) as cm:
        log("body without awaits")
    log("first block done", cm.expired())
    try:
        async with asyncio.timeout_at(0) as cm:
            log("before sleep(0)")
            await asyncio.sleep(0)
            log("not reached")
    except TimeoutError:
        log("second block timed out", cm.expired(), loop.time())
