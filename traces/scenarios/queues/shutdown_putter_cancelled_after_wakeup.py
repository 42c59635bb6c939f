"""A putter woken by shutdown() and cancelled before it runs ends cancelled; the shutdown's error never reaches it.

A producer waits on a full queue. shutdown() wakes it; cancel() in the same
step throws CancelledError into it when it runs, so it ends cancelled rather
than with QueueShutDown.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, cancellation, tasks, sleep
python: 3.13.0
"""
import asyncio
from loopspec import log


async def producer(q):
    try:
        await q.put("x")
    except asyncio.QueueShutDown:
        log("shut down")
    except asyncio.CancelledError:
        log("cancelled", q.qsize())
        raise


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    p = asyncio.create_task(producer(q))
    await asyncio.sleep(0)
    q.shutdown()
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        log("producer cancelled", p.cancelled())
