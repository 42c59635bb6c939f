"""A bounded LifoQueue blocks put() when full; the blocked item goes in on top once get() frees a slot.

With maxsize=2 holding "a" and "b", put("c") blocks. get() takes "b"; the
producer then pushes "c", which comes out before "a".

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.LifoQueue
features: queue, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def producer(q, item):
    await q.put(item)
    log("pushed", item, asyncio.get_running_loop().time())


async def main():
    q = asyncio.LifoQueue(maxsize=2)
    q.put_nowait("a")
    q.put_nowait("b")
    p = asyncio.create_task(producer(q, "c"))
    await asyncio.sleep(0.1)
    log("full", q.full(), p.done())
    try:
        q.put_nowait("x")
    except asyncio.QueueFull:
        log("put_nowait refused")
    log("got", q.get_nowait())
    await p
    log("then", q.get_nowait(), q.get_nowait())
