"""A put() cancelled while blocked on a full queue adds nothing; the freed slot goes to the next blocked putter.

With maxsize=1, putters p1 and p2 wait; p1 is cancelled. The next get()
lets p2 in, and p1's item never appears.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.put
features: queue, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def producer(q, item):
    try:
        await q.put(item)
    except asyncio.CancelledError:
        log("put of", item, "cancelled", q.qsize())
        raise
    log("put", item, asyncio.get_running_loop().time())


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    p1 = asyncio.create_task(producer(q, "p1-item"))
    p2 = asyncio.create_task(producer(q, "p2-item"))
    await asyncio.sleep(0.1)
    p1.cancel()
    await asyncio.sleep(0.1)
    log("got", q.get_nowait())
    await p2
    log("got", q.get_nowait(), "empty", q.empty(), "p1 cancelled", p1.cancelled())
