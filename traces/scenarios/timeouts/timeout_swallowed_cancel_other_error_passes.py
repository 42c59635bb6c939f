"""After the body swallowed the timeout's cancellation, a later error leaves the block as itself, not as TimeoutError.

The cancellation lands in a helper coroutine the body awaits, which catches
it and returns. The body then sleeps past the deadline without being
cancelled again (a timeout cancels once) and raises ValueError. The block
converts only a CancelledError into TimeoutError: the ValueError passes
through, expired() is True and the task's cancelling() count is back to 0.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, cancellation, current_task, exceptions, sleep, time
"""
import asyncio
from loopspec import log


async def swallow():
    try:
        await asyncio.sleep(1)
        return "slept"
    except asyncio.CancelledError:
        return "swallowed"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    cm = asyncio.timeout(0.2)
    try:
        async with cm:
            r = await swallow()
            log(r, loop.time(), task.cancelling())
            await asyncio.sleep(0.3)
            log("slept on", loop.time())
            raise ValueError("after")
    except (TimeoutError, ValueError) as e:
        log("left the block with", e, cm.expired(), task.cancelling())
