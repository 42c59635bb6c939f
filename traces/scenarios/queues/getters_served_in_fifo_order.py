"""Blocked getters are served in the order they called get(), one item each.

Getters begin waiting at 0.3, 0.1, 0.2 (creation order a, b, c). Three items
put in one step go to b, c, a, in that order, all in the next iteration.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue
features: queue, tasks, gather, sleep
"""
import asyncio
from loopspec import log


async def consumer(q, name, delay):
    await asyncio.sleep(delay)
    item = await q.get()
    log(name, "got", item)


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(consumer(q, "a", 0.3))
    b = asyncio.create_task(consumer(q, "b", 0.1))
    c = asyncio.create_task(consumer(q, "c", 0.2))
    await asyncio.sleep(0.5)
    for item in [1, 2, 3]:
        q.put_nowait(item)
    log("queued", q.qsize())
    await asyncio.gather(a, b, c)
    log("empty", q.empty())
