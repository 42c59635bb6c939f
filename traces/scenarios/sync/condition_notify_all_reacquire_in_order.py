"""After notify_all(), woken tasks return from wait() one at a time, each re-acquiring the lock, in FIFO order.

The notifier keeps the lock until 0.1, so no waiter returns before then.
Each waiter then holds the lock for 0.1 s, so they return at 0.1, 0.2, 0.3.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Condition.notify_all
features: condition, tasks, sleep, time, gather
"""
import asyncio
from loopspec import log


async def waiter(cond, name):
    async with cond:
        await cond.wait()
        log(name, "returned from wait", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    tasks = []
    for name in ["a", "b", "c"]:
        tasks.append(asyncio.create_task(waiter(cond, name)))
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
        log("notified all, still holding the lock")
        await asyncio.sleep(0.1)
        log("notifier releases", loop.time())
    await asyncio.gather(*tasks)
    log("end", loop.time(), cond.locked())
