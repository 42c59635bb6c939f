"""Queue.shutdown() wakes every blocked getter of an empty queue, and each raises asyncio.QueueShutDown.

Three consumers wait on an empty queue. shutdown() at 0.1 wakes them all in the
order they queued; each re-checks the queue, finds it shut down and empty, and
raises QueueShutDown in that same order, one iteration later.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, exceptions, tasks, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def consumer(q, name):
    try:
        item = await q.get()
        log(name, "got", item)
    except asyncio.QueueShutDown as e:
        log(name, "shut down", repr(e), asyncio.get_running_loop().time())


async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(consumer(q, n)) for n in ("a", "b", "c")]
    await asyncio.sleep(0.1)
    q.shutdown()
    log("shutdown returned", q.qsize(), q.empty())
    await asyncio.gather(*tasks)
    log("done", asyncio.get_running_loop().time())
