"""A bounded PriorityQueue blocks put() when full, and the blocked item enters in priority order once a slot frees up.

With maxsize=2 holding 4 and 2, put(1) blocks; after get() returns 2 the
blocked put goes in, and 1 comes out before 4.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.PriorityQueue
features: queue, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def producer(q, item):
    await q.put(item)
    log("put", item, asyncio.get_running_loop().time())


async def main():
    q = asyncio.PriorityQueue(2)
    q.put_nowait(4)
    q.put_nowait(2)
    p = asyncio.create_task(producer(q, 1))
    await asyncio.sleep(0.1)
    log("full", q.full(), p.done())
    log("got", q.get_nowait())
    await p
    while not q.empty():
        log("got", q.get_nowait())
