"""Condition.notify() skips a waiter that was cancelled but has not run yet: the notification goes to the next waiter.

Waiter a is cancelled and notify(1) is called in the same step. a's future
is already cancelled, so the single notification wakes b instead, and a
ends cancelled.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Condition.notify
features: condition, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            log(name, "notified")
        except asyncio.CancelledError:
            log(name, "cancelled")
            raise


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    c = asyncio.create_task(waiter(cond, "c"))
    await asyncio.sleep(0)
    a.cancel()
    async with cond:
        cond.notify(1)
    await asyncio.sleep(0.1)
    log("a", a.cancelled(), "b", b.done(), "c", c.done())
    c.cancel()
    await asyncio.sleep(0)
