"""A getter woken by put() does not own the item: if someone takes it first, the getter goes back to waiting.

put_nowait() wakes the blocked getter, but main takes the item with
get_nowait() before the getter runs. The getter finds the queue empty and
waits again, getting only the next item.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.get
features: queue, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def consumer(q):
    item = await q.get()
    log("consumer got", item, asyncio.get_running_loop().time())


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    q.put_nowait("first")
    log("main took", q.get_nowait())
    await asyncio.sleep(0.1)
    log("consumer still waiting", c.done())
    q.put_nowait("second")
    await c
