"""A getter cancelled after put() woke it, but before it ran, wakes the next getter so the item is not stranded.

put() wakes getter a; in the same step a is cancelled. When a resumes with
CancelledError it sees the queue non-empty and wakes b, which gets the item
one iteration later.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.get
features: queue, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def consumer(q, name):
    try:
        item = await q.get()
    except asyncio.CancelledError:
        log(name, "cancelled", q.qsize())
        raise
    log(name, "got", item)


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(consumer(q, "a"))
    b = asyncio.create_task(consumer(q, "b"))
    await asyncio.sleep(0)
    q.put_nowait("item")
    a.cancel()
    await asyncio.sleep(0)
    log("after 1 iteration", a.cancelled(), b.done())
    await asyncio.sleep(0)
    log("after 2 iterations", b.done(), q.qsize())
