"""A getter woken by a PriorityQueue put() receives the smallest item present when it runs, not the item that woke it.

The blocked getter is woken by put(5), but put(1) happens in the same step,
so it receives 1. A second getter blocked behind it is woken by the second
put and gets 5.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.PriorityQueue
features: queue, tasks, sleep, gather
"""
import asyncio
from loopspec import log


async def consumer(q, name):
    item = await q.get()
    log(name, "got", item)


async def main():
    q = asyncio.PriorityQueue()
    a = asyncio.create_task(consumer(q, "a"))
    b = asyncio.create_task(consumer(q, "b"))
    await asyncio.sleep(0)
    q.put_nowait(5)
    q.put_nowait(1)
    await asyncio.gather(a, b)
