"""as_completed() of nothing is an empty iterator: `async for` runs no iteration and takes its `else`.

No timer is made for an empty input even with a timeout, so the loop ends at
once, at time 0, without yielding to the event loop.

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.as_completed
features: as_completed, as_completed_async, call_soon, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback ran")
    async for x in asyncio.as_completed([], timeout=1):
        log("never", x)
    else:
        log("exhausted", loop.time())
    await asyncio.sleep(0)
    log("after sleep")
