"""A consumer reads a queue through an async generator that yields items until a sentinel; the producer's puts and the consumer's `async for` interleave as the queue's wake-ups order them.

The common pattern of wrapping `queue.get()` in an async generator, so
that the consumer is an `async for` loop and the end is a sentinel.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.get
features: queue, tasks, sleep
"""
import asyncio
from loopspec import log

DONE = None


async def items(queue):
    while True:
        item = await queue.get()
        queue.task_done()
        if item is DONE:
            log("sentinel")
            return
        yield item


async def producer(queue):
    for i in range(4):
        await asyncio.sleep(0.1 * (i % 2))
        await queue.put(f"job-{i}")
        log("put", i)
    await queue.put(DONE)


async def main():
    queue = asyncio.Queue(maxsize=2)
    task = asyncio.create_task(producer(queue))
    handled = []
    async for job in items(queue):
        handled.append(job)
        log("got", job, queue.qsize())
    await task
    log(handled, asyncio.get_running_loop().time())
