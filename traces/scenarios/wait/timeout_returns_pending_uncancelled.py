"""wait(timeout=...) returns the unfinished tasks in the pending set when the timeout passes; it neither raises nor cancels.

At 0.15 one task is done and two are pending; the pending tasks go on to
finish at 0.2 and 0.4.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    log("finished", name, asyncio.get_running_loop().time())
    return name


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a", 0.1), name="a")
    b = asyncio.create_task(job("b", 0.2), name="b")
    c = asyncio.create_task(job("c", 0.4), name="c")
    done, pending = await asyncio.wait([a, b, c], timeout=0.15, return_when=asyncio.ALL_COMPLETED)
    log("timed out at", loop.time(), done, pending)
    log("cancelled?", b.cancelled(), c.cancelled())
    done, pending = await asyncio.wait([b, c])
    log("rest", loop.time(), done, pending)
