"""A getter woken by a LifoQueue put() receives the newest item present when it runs.

Three items are put in one step while a getter waits: it is woken by the
first put but receives the last one.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.LifoQueue
features: queue, tasks, sleep
"""
import asyncio
from loopspec import log


async def consumer(q):
    item = await q.get()
    log("consumer got", item, q.qsize())


async def main():
    q = asyncio.LifoQueue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    for item in [1, 2, 3]:
        q.put_nowait(item)
    await c
    log("left", q.get_nowait(), q.get_nowait())
