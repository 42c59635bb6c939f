"""LifoQueue returns the most recently added item first.

Interleaving puts and gets shows it is a stack: an item put after a get
comes out before the older ones still inside.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.LifoQueue
features: queue
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.LifoQueue()
    for item in ["a", "b", "c"]:
        await q.put(item)
    log("size", q.qsize())
    item = await q.get()
    log("got", item)
    q.put_nowait("d")
    while not q.empty():
        item = q.get_nowait()
        log("got", item)
