"""An immediate shutdown of a LifoQueue drops all items, so the getter woken for the newest one raises instead.

A getter blocks on an empty LifoQueue. put_nowait() wakes it, and before it
runs shutdown(immediate=True) drops the item: the getter re-checks, finds the
queue shut down and empty, and raises QueueShutDown.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, exceptions, tasks, sleep
python: 3.13.0
"""
import asyncio
from loopspec import log


async def consumer(q):
    try:
        log("got", await q.get())
    except asyncio.QueueShutDown:
        log("consumer refused", q.qsize())


async def main():
    q = asyncio.LifoQueue()
    c = asyncio.create_task(consumer(q))
    await asyncio.sleep(0)
    q.put_nowait("old")
    q.put_nowait("new")
    q.shutdown(immediate=True)
    log("dropped", q.qsize())
    await c
    await q.join()
    log("joined")
