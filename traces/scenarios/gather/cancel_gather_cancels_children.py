"""Cancelling the gather future cancels every child; awaiting it raises CancelledError.

g.cancel() returns True and forwards the request to both children, which
see CancelledError. The first cancelled child sets CancelledError as the
gather's exception, so afterwards the gather future is done but, unlike a
cancelled future, reports cancelled() False.

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
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    log("cancel", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        log("await raised CancelledError")
    log("children", a.cancelled(), b.cancelled())
    log("gather future", g.done(), g.cancelled())
