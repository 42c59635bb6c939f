"""Cancelling a gather raises CancelledError even with return_exceptions=True.

The cancelled children would be collected as results, but because the
gather itself was asked to cancel, it waits for all children and then
raises CancelledError instead of returning the list.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def job(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("child cancelled", name)
        raise


async def main():
    a = asyncio.create_task(job("a"))
    b = asyncio.create_task(job("b"))
    g = asyncio.gather(a, b, return_exceptions=True)
    await asyncio.sleep(0)
    log("cancel", g.cancel())
    try:
        r = await g
        log("returned", r)
    except asyncio.CancelledError:
        log("raised CancelledError")
