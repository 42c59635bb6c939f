"""A getter woken by put_nowait() before a plain shutdown() still takes that item; the next getter raises.

Two consumers wait. put_nowait() wakes the first, then shutdown() wakes the
second: the first runs, finds the item and gets it; the second finds the queue
shut down and empty and raises QueueShutDown.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, tasks, sleep
python: 3.13.0
"""
import asyncio
from loopspec import log


async def consumer(q, name):
    try:
        log(name, "got", await q.get())
    except asyncio.QueueShutDown:
        log(name, "shut down")


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(q, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    q.put_nowait("item")
    q.shutdown()
    await asyncio.gather(*tasks)
    log("left", q.qsize())
