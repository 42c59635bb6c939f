"""timeout_at(when) takes an absolute loop time: the deadline is when, whatever the time of entry.

The deadline is computed at 0.2 as loop.time() + 0.3 and the block is entered
at 0.4; it still expires at 0.5. timeout_at(None) never expires.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout_at
features: timeout, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.2)
    deadline = loop.time() + 0.3
    await asyncio.sleep(0.2)
    try:
        async with asyncio.timeout_at(deadline) as cm:
            log("entered", loop.time(), cm.when())
            await asyncio.sleep(1)
    except TimeoutError:
        log("timed out", loop.time(), cm.expired())
    async with asyncio.timeout_at(None) as cm:
        await asyncio.sleep(2)
        log("no deadline", cm.when(), loop.time())
