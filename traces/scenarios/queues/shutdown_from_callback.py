"""Queue.shutdown can be a loop callback: call_later(0.2, q.shutdown) ends the consumer waiting in get().

A consumer drains the queue in a loop. Items arrive at 0.05 and 0.1; the
timer at 0.2 shuts the queue down, and the consumer, blocked on get(), raises
QueueShutDown one iteration after the timer.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, call_later, tasks, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def consumer(q):
    loop = asyncio.get_running_loop()
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:
            log("consumer stops", loop.time())
            return
        log("got", item, loop.time())
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    loop.call_later(0.05, q.put_nowait, "a")
    loop.call_later(0.1, q.put_nowait, "b")
    loop.call_later(0.2, q.shutdown)
    await consumer(q)
