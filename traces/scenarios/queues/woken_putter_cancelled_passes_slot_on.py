"""A putter woken for a free slot but cancelled before it runs passes the wake-up to the next putter.

get_nowait() frees a slot of a full queue and wakes the first putter, taking
it off the queue of putters. Cancelled before it runs, that putter cannot
take the slot; since the slot is still free, it wakes the next putter, which
puts its item.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.put
features: queue, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def putter(q, item):
    try:
        await q.put(item)
        log("put", item)
    except asyncio.CancelledError:
        log("putter", item, "cancelled")
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    a = asyncio.create_task(putter(q, "a"))
    b = asyncio.create_task(putter(q, "b"))
    await asyncio.sleep(0)
    log("got", q.get_nowait())
    a.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("queue", q.qsize(), q.get_nowait(), "a cancelled", a.cancelled(), "b done", b.done())
