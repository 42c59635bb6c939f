"""When an inner timeout fires first, its TimeoutError is raised inside the outer block, which carries on.

The outer block catches the inner TimeoutError, carries on, and finishes in
time: its own deadline is unaffected and it never expires.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1.0) as outer:
        try:
            async with asyncio.timeout(0.2) as inner:
                await asyncio.sleep(5)
        except TimeoutError:
            log("inner timed out", loop.time(), inner.expired())
        await asyncio.sleep(0.3)
        log("outer body done", loop.time())
    log("outer", outer.expired(), outer.when())
