"""Queue.put() on a full queue blocks until a get() frees a slot; blocked putters resume in FIFO order.

With maxsize=1, two producers block behind the first item. Each get() lets
exactly one producer in, in the order they started waiting.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.put
features: queue, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def producer(q, item):
    await q.put(item)
    log("put", item, asyncio.get_running_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue(1)
    q.put_nowait("first")
    p1 = asyncio.create_task(producer(q, "second"))
    p2 = asyncio.create_task(producer(q, "third"))
    await asyncio.sleep(0.1)
    log("blocked", p1.done(), p2.done(), q.qsize())
    for i in range(3):
        item = await q.get()
        log("got", item, loop.time())
        await asyncio.sleep(0.1)
