"""shutdown(immediate=True) drops every queued item, counts each as done, and makes get() raise at once.

Three items are queued and none taken. The immediate shutdown empties the
queue and takes all three off the unfinished count, so join() returns without
waiting; get() raises QueueShutDown although items were put.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, exceptions
python: 3.13.0
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.Queue()
    for item in ("a", "b", "c"):
        q.put_nowait(item)
    q.shutdown(immediate=True)
    log("after shutdown", q.qsize(), q.empty())
    await q.join()
    log("join returned")
    try:
        await q.get()
    except asyncio.QueueShutDown:
        log("get refused")
