"""A PriorityQueue shut down without immediate still hands out its items smallest first.

Items put in a scrambled order remain after shutdown(); get() returns them by
priority until the queue is empty, then raises QueueShutDown. A blocked
putter of the bounded queue was refused at the shutdown.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, exceptions, tasks, sleep
python: 3.13.0
"""
import asyncio
from loopspec import log


async def producer(q):
    try:
        await q.put((0, "urgent"))
        log("put urgent")
    except asyncio.QueueShutDown:
        log("urgent refused")


async def main():
    q = asyncio.PriorityQueue(maxsize=3)
    for item in [(3, "c"), (1, "a"), (2, "b")]:
        q.put_nowait(item)
    p = asyncio.create_task(producer(q))
    await asyncio.sleep(0)
    q.shutdown()
    await p
    while True:
        try:
            log("get", await q.get())
        except asyncio.QueueShutDown:
            log("drained")
            break
