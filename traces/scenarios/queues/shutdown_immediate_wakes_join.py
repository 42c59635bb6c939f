"""An immediate shutdown wakes a blocked join() when it discounts the last unfinished items, and only then.

Three items are put and a consumer takes one without calling task_done().
join() waits. shutdown(immediate=True) at 0.1 discards the other two, but the
item taken still counts, so join() keeps waiting until the consumer's
task_done() at 0.2.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: queue, queue_shutdown, tasks, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def joiner(q):
    await q.join()
    log("join returned", asyncio.get_running_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    item = q.get_nowait()
    j = asyncio.create_task(joiner(q))
    await asyncio.sleep(0.1)
    q.shutdown(immediate=True)
    log("shut down", q.qsize(), j.done())
    await asyncio.sleep(0.1)
    log("task_done for", item, loop.time())
    q.task_done()
    await j
