"""After a plain shutdown() the items already queued can still be got; only the empty queue raises QueueShutDown.

Three items are queued, then shutdown(). get() and get_nowait() hand out all
three in FIFO order; once the queue is empty both raise QueueShutDown (not
QueueEmpty), and put_nowait() raises it from the start.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, exceptions
python: 3.13.0
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    q.shutdown()
    try:
        q.put_nowait(3)
    except asyncio.QueueShutDown:
        log("put_nowait refused", q.qsize())
    log("get", await q.get())
    log("get_nowait", q.get_nowait())
    log("get", await q.get())
    try:
        await q.get()
    except asyncio.QueueShutDown as e:
        log("get refused", repr(e), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        log("QueueEmpty")
    except asyncio.QueueShutDown:
        log("get_nowait refused")
