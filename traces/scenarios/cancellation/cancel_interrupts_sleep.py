"""Cancelling a sleeping task raises CancelledError at the sleep when cancel() is called.

The task does not wait out its delay: it resumes one iteration after the
cancel, at the same virtual time, and the loop clock never reaches the
sleep's deadline.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.sleep
features: tasks, cancellation, sleep, time
"""
import asyncio
from loopspec import log


async def sleeper():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
        log("slept")
    except asyncio.CancelledError:
        log("interrupted at", loop.time())
        raise


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log("main resumes at", asyncio.get_running_loop().time())
