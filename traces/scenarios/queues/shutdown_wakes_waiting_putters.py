"""Queue.shutdown() wakes every putter blocked on a full queue, and each raises asyncio.QueueShutDown.

A queue of maxsize 1 holds one item; two producers wait to put more. After
shutdown() at 0.1 both raise QueueShutDown, in the order they queued, and
their items never enter the queue: the one item put before stays, readable.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, exceptions, tasks, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def producer(q, item):
    try:
        await q.put(item)
        log("put", item)
    except asyncio.QueueShutDown:
        log("refused", item, asyncio.get_running_loop().time())


async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("first")
    tasks = [asyncio.create_task(producer(q, i)) for i in ("second", "third")]
    await asyncio.sleep(0.1)
    q.shutdown()
    await asyncio.gather(*tasks)
    log("left", q.qsize(), q.full())
    log("get", await q.get())
