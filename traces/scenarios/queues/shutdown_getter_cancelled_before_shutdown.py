"""A getter cancelled before a shutdown ends cancelled; the shutdown wakes only the getters still waiting.

Two consumers wait on an empty queue. The first is cancelled, then the queue is
shut down in the same step: the first ends with CancelledError, the second
raises QueueShutDown, and the cancelled one passes nothing on.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, cancellation, tasks, sleep
python: 3.13.0
"""
import asyncio
from loopspec import log


async def consumer(q, name):
    try:
        log(name, "got", await q.get())
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
    except asyncio.QueueShutDown:
        log(name, "shut down")


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(consumer(q, "a"))
    b = asyncio.create_task(consumer(q, "b"))
    await asyncio.sleep(0)
    a.cancel()
    q.shutdown()
    await asyncio.gather(a, b, return_exceptions=True)
    log("a cancelled", a.cancelled(), "b cancelled", b.cancelled())
