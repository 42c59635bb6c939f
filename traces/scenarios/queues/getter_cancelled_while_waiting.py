"""A getter cancelled while blocked leaves the queue's waiters; the next put() goes to the next getter.

Of two blocked getters the first is cancelled at 0.1; the item put at 0.2
goes to the second, and no item is lost.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.get
features: queue, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def consumer(q, name):
    try:
        item = await q.get()
    except asyncio.CancelledError:
        log(name, "cancelled", asyncio.get_running_loop().time())
        raise
    log(name, "got", item, asyncio.get_running_loop().time())


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(consumer(q, "a"))
    b = asyncio.create_task(consumer(q, "b"))
    await asyncio.sleep(0.1)
    a.cancel()
    await asyncio.sleep(0.1)
    q.put_nowait("item")
    await b
    log("a", a.cancelled(), "queue", q.qsize())
