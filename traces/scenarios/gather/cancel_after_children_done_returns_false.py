"""Cancelling a gather whose children are all done but not yet collected returns False.

The child has finished, but gather's done callback has not run yet, so
the gather future is still pending. g.cancel() finds no child left to
cancel and returns False, and the gather then completes with the result.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def child():
    return "value"


async def main():
    t = asyncio.create_task(child())
    g = asyncio.gather(t)
    await asyncio.sleep(0)
    log("child done, gather pending", t.done(), g.done())
    log("cancel", g.cancel())
    r = await g
    log("results", r, g.cancelled())
