"""A Condition built on an existing Lock uses that lock: holding either one holds both.

Acquiring the lock directly makes the condition report locked() and allows
notify(); a waiter on the condition is released by notify() under the lock.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Condition
features: condition, lock, tasks, sleep
"""
import asyncio
from loopspec import log


async def waiter(cond):
    async with cond:
        await cond.wait()
        log("waiter woke")


async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    log("initially", lock.locked(), cond.locked())
    w = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with lock:
        log("lock held", cond.locked())
        cond.notify()
    log("released", lock.locked(), cond.locked())
    await w
