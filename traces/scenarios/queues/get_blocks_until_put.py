"""Queue.get() on an empty queue blocks until put() supplies an item; the getter resumes in the next loop iteration.

Getters started in the order a, b are served in that order by puts at 0.1 and
0.2. put() on an unbounded queue never blocks.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.get
features: queue, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def consumer(q, name):
    item = await q.get()
    log(name, "got", item, asyncio.get_running_loop().time())


async def main():
    q = asyncio.Queue()
    a = asyncio.create_task(consumer(q, "a"))
    b = asyncio.create_task(consumer(q, "b"))
    await asyncio.sleep(0.1)
    await q.put("first")
    log("put first", q.qsize())
    await asyncio.sleep(0)
    log("a done", a.done(), "size", q.qsize())
    await asyncio.sleep(0.1)
    q.put_nowait("second")
    await b
