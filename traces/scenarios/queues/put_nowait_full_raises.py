"""Queue.put_nowait() on a full bounded queue raises asyncio.QueueFull and leaves the queue unchanged.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.put_nowait
features: queue, exceptions
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    log("full", q.full(), q.qsize(), q.maxsize)
    try:
        q.put_nowait("c")
    except asyncio.QueueFull as e:
        log("QueueFull", e, q.qsize())
    log("items", q.get_nowait(), q.get_nowait())
