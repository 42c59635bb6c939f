"""Condition.notify(n) wakes the n longest-waiting tasks, in FIFO order; the rest keep waiting.

Three tasks wait in the order a, b, c. notify() wakes a only; notify(2) then
wakes b and c. Each woken task returns from wait() with the lock held.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Condition.notify
features: condition, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def waiter(cond, name):
    async with cond:
        r = await cond.wait()
        log(name, "notified", r, cond.locked(), asyncio.get_running_loop().time())


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    c = asyncio.create_task(waiter(cond, "c"))
    await asyncio.sleep(0.1)
    async with cond:
        cond.notify()
    await asyncio.sleep(0.1)
    log("after notify()", a.done(), b.done(), c.done())
    async with cond:
        cond.notify(2)
    await asyncio.sleep(0.1)
    log("after notify(2)", b.done(), c.done())
