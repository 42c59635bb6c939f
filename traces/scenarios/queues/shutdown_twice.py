"""Shutting a queue down again is allowed: a later shutdown(immediate=True) drops what the first one left.

The first shutdown() keeps two items; the second, immediate, drops them and
counts them done, so join() returns; a third call changes nothing.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, exceptions
python: 3.13.0
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    q.shutdown()
    log("first", q.qsize())
    q.shutdown(immediate=True)
    log("second", q.qsize())
    q.shutdown()
    log("third", q.qsize())
    await q.join()
    log("joined")
    try:
        q.get_nowait()
    except asyncio.QueueShutDown:
        log("still shut down")
