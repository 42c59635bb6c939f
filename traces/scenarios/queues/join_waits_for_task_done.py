"""Queue.join() blocks until task_done() has been called once for every item ever put.

Getting the items is not enough: join() returns at 0.3, when the worker
reports the last item done. join() on a queue with nothing unfinished
returns without blocking.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.join
features: queue, tasks, sleep, time, cancellation
"""
import asyncio
from loopspec import log


async def worker(q):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1)
        log("processed", item, asyncio.get_running_loop().time())
        q.task_done()


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    await q.join()
    log("join on fresh queue returned", loop.time())
    for item in ["a", "b", "c"]:
        q.put_nowait(item)
    w = asyncio.create_task(worker(q), name="worker")
    await asyncio.sleep(0)
    log("all taken, not done", q.empty())
    await q.join()
    log("joined", loop.time())
    w.cancel()
