"""A leftover task that answers the Runner's cancellation with an error is reported, not raised.

The Runner cancels the pending task after main returns; the task raises
ValueError instead. The Runner passes it to the loop's exception handler
(an unhandled event, made after the loop stopped, so its time is null)
and the run still returns main's value.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.close
features: runner, tasks, cancellation, exceptions, exception_handler, sleep
"""
import asyncio
from loopspec import log


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("background cancelled")
        raise ValueError("cleanup failed")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0)
    return "done"
