"""An error raised while the body handles the timeout's cancellation leaves the block as itself, not as TimeoutError.

The deadline cancels the body; the body catches the CancelledError and
raises ValueError from its handler. The block converts only a
CancelledError, so the ValueError leaves it, and the timeout still counts
as expired. (From 3.13 the timeout also slips a TimeoutError into the
ValueError's context chain, which no trace shows.)

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, cancellation, current_task, exceptions, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.1)
    try:
        async with cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log("cancelled at", loop.time())
                raise ValueError("while handling")
    except (TimeoutError, ValueError) as e:
        log("left the block with", e, cm.expired(), asyncio.current_task().cancelling())
