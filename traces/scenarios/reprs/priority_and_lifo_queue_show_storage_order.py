"""A PriorityQueue's repr lists its items in heap order, a LifoQueue's in the order they were put.

The items shown are the queue's storage as it lies: for a PriorityQueue
that is heapq's list, whose order after a few pushes and a pop is neither
sorted nor the order of the puts.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.PriorityQueue
features: reprs, queue
"""
import asyncio
from loopspec import log


async def main():
    pq = asyncio.PriorityQueue()
    for item in (5, 3, 8, 1, 9, 2):
        pq.put_nowait(item)
    log(str(pq))
    log("got", pq.get_nowait())
    log(str(pq))
    lifo = asyncio.LifoQueue()
    for item in ("a", "b", "c"):
        lifo.put_nowait(item)
    log(str(lifo))
    log("got", lifo.get_nowait())
    log(repr(lifo))
