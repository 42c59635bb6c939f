"""Cancelling a task blocked in wait_for() cancels the inner task too, and waits for it.

The outer task's CancelledError is re-raised only after the inner task has
finished its 0.1 s cleanup, so the outer ends at 0.3 as cancelled (not with a
TimeoutError, the deadline being far away).

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def inner():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("inner cancelled", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)
        log("inner cleanup done")
        raise


async def outer():
    try:
        await asyncio.wait_for(inner(), 5)
    except asyncio.CancelledError:
        log("outer cancelled", asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(outer(), name="outer")
    await asyncio.sleep(0.2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        log("outer done", t.cancelled(), loop.time())
