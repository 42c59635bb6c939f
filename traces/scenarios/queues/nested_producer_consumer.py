"""Producer and consumer written as nested coroutine functions share a queue and a counter of main(); task_done/join end the run.

The usual shape of a queue program: inner `async def`s close over the
queue, and the consumer counts what it handled with `nonlocal`.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#examples
features: queue, tasks, sleep, cancellation
order: timer-ties
"""
import asyncio
from loopspec import log


async def main():
    queue = asyncio.Queue(maxsize=2)
    handled = 0

    async def producer(items):
        for item in items:
            await queue.put(item)
            log("put", item, queue.qsize())

    async def consumer(name):
        nonlocal handled
        while True:
            item = await queue.get()
            await asyncio.sleep(0.1)
            handled += 1
            log(name, "got", item, handled)
            queue.task_done()

    workers = [asyncio.create_task(consumer("c1")), asyncio.create_task(consumer("c2"))]
    await producer(["a", "b", "c", "d", "e"])
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    log("handled", handled, queue.empty())
