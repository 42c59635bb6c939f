"""Items drained from a Queue with get_nowait until QueueEmpty come in FIFO order and are handed on in slices of a fixed size.

A producer puts eight items at different times; the consumer wakes every
0.45 s, drains what is there, and logs the batches `items[i:i + 3]`. Each
drain is 0.05 s from the nearest put, so a loop on a real clock, whose
sleeps each wake a little late, drains the same items.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.get_nowait
features: queue, tasks, sleep, exceptions
"""
import asyncio
from loopspec import log

BATCH = 3


async def producer(q):
    for i in range(8):
        await asyncio.sleep(0.1)
        await q.put(f"job{i}")


async def consumer(q):
    for tick in range(4):
        await asyncio.sleep(0.45)
        items = []
        while True:
            try:
                items.append(q.get_nowait())
            except asyncio.QueueEmpty:
                break
        for start in range(0, len(items), BATCH):
            log("tick", tick, "batch", items[start:start + BATCH])
        log("tick", tick, "last two", items[-2:], "every other", items[::2])


async def main():
    q = asyncio.Queue()
    await asyncio.gather(producer(q), consumer(q))
