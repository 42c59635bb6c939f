"""PriorityQueue returns the smallest item first; (priority, data) tuples come out by priority, then data.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.PriorityQueue
features: queue
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.PriorityQueue()
    for entry in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "also urgent")]:
        q.put_nowait(entry)
    log("size", q.qsize())
    while not q.empty():
        entry = await q.get()
        log("got", entry)
