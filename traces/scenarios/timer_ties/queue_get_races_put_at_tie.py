"""A consumer and a producer that wake at the same deadline: the consumer finds the queue empty or not depending on who runs first.

Both sleep 0.1 s from t=0. If the producer resumes first, its put_nowait
lands before the consumer looks and get_nowait succeeds. If the consumer
resumes first, get_nowait raises QueueEmpty and the consumer then waits in
get(), which the put wakes in the same moment. Either way the item arrives
at t=0.1.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.get_nowait
features: queue, sleep, tasks, time
order: timer-ties
"""
import asyncio
from loopspec import log


async def producer(q):
    await asyncio.sleep(0.1)
    q.put_nowait("item")
    log("put")


async def consumer(q):
    await asyncio.sleep(0.1)
    try:
        item = q.get_nowait()
        log("got at once", item)
    except asyncio.QueueEmpty:
        log("empty, waiting")
        item = await q.get()
        log("got after waiting", item)
    return asyncio.get_running_loop().time()


async def main():
    q = asyncio.Queue()
    c = asyncio.create_task(consumer(q), name="consumer")
    asyncio.create_task(producer(q), name="producer")
    log("consumer done at", await c)
