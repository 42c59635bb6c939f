"""Cancelling a task that awaits gather() cancels the gather and all its children.

The children see CancelledError first; the waiting task is cancelled only
after the gather future completes, two iterations later. A child that
already finished keeps its result.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def quick():
    return "quick"


async def slow(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("child cancelled", name)
        raise


async def parent(children):
    try:
        await asyncio.gather(*children)
    except asyncio.CancelledError:
        log("parent cancelled")
        raise


async def main():
    q = asyncio.create_task(quick())
    a = asyncio.create_task(slow("a"))
    b = asyncio.create_task(slow("b"))
    p = asyncio.create_task(parent([q, a, b]))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("cancel", p.cancel())
    for i in range(3):
        await asyncio.sleep(0)
        log("iteration", i + 1, a.done(), b.done(), p.done())
    log("outcome", q.result(), a.cancelled(), b.cancelled(), p.cancelled())
