"""Cancelling the task blocked in wait() cancels only that task; the awaited tasks keep running.

The waiter is cancelled at 0.1; the two tasks it waited for still finish at
0.2 and 0.3.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    log("finished", name, asyncio.get_running_loop().time())
    return name


async def waiter(tasks):
    try:
        await asyncio.wait(tasks, return_when=asyncio.ALL_COMPLETED)
    except asyncio.CancelledError:
        log("waiter cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a", 0.2), name="a")
    b = asyncio.create_task(job("b", 0.3), name="b")
    w = asyncio.create_task(waiter([a, b]), name="waiter")
    await asyncio.sleep(0.1)
    w.cancel()
    await asyncio.sleep(0)
    log("waiter", w.cancelled(), "a", a.done(), "b", b.done())
    await asyncio.sleep(0.5)
    log("results", a.result(), b.result())
