"""A Condition's repr shows the state of its lock and the number of tasks waiting to be notified.

A waiter releases the lock while it waits, so a condition with waiters can
show `[unlocked, waiters:2]`. notify() wakes a waiter, which leaves the
queue when it runs, before it takes the lock back; until the lock is free
it waits for the lock, no longer counted by the condition.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Condition
features: reprs, condition, lock, tasks, sleep
"""
import asyncio
from loopspec import log


async def waiter(cond, name):
    async with cond:
        await cond.wait()
        log(name, "notified", repr(cond))


async def main():
    cond = asyncio.Condition()
    log(repr(cond))
    tasks = [asyncio.create_task(waiter(cond, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    log(repr(cond))
    async with cond:
        log("holding", repr(cond))
        cond.notify()
        log("notified one", repr(cond))
        await asyncio.sleep(0)
        log("one left the queue", repr(cond))
    async with cond:
        cond.notify_all()
    await asyncio.gather(*tasks)
    log(repr(cond))
