"""A Queue's repr and str show its maxsize, its items, the getters and putters queued, and its unfinished tasks.

repr() includes the address (written 0x... in the trace), str() leaves it
out; the parts after maxsize appear only when non-empty. The items are the
queue's own list, written in full.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue
features: reprs, queue, tasks, sleep
"""
import asyncio
from loopspec import log


async def getter(q, name):
    item = await q.get()
    log(name, "got", item)
    q.task_done()


async def main():
    q = asyncio.Queue()
    log(repr(q))
    log(str(q))
    tasks = [asyncio.create_task(getter(q, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    log(str(q))
    q.put_nowait("x")
    log("after put", str(q))
    await asyncio.sleep(0)
    log(str(q))
    q.put_nowait("y")
    await asyncio.gather(*tasks)
    log(str(q))
    small = asyncio.Queue(maxsize=1)
    small.put_nowait([1, "two"])
    putter = asyncio.create_task(small.put(3))
    await asyncio.sleep(0)
    log(repr(small))
    log(f"{small}")
    small.get_nowait()
    small.task_done()
    await putter
    log(str(small))
