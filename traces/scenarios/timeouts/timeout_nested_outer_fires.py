"""With nested timeouts, only the context whose deadline fired converts the cancellation: the inner one lets it pass.

The outer deadline (0.2) comes before the inner one (1.0). The inner block
re-raises CancelledError untouched and reports expired() False; the outer
block raises TimeoutError.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, cancellation, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.2) as outer:
            try:
                async with asyncio.timeout(1.0) as inner:
                    await asyncio.sleep(5)
            except asyncio.CancelledError:
                log("inner block let CancelledError out", inner.expired(), loop.time())
                raise
    except TimeoutError:
        log("outer raised TimeoutError", outer.expired(), inner.expired())
