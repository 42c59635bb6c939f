"""Condition.notify(2) skips a cancelled waiter in the middle of the queue and wakes the two live ones around it.

Waiters a, b, c wait in that order; b is cancelled and, in the same step and
before b has run, a notifier task calls notify(2). b's future is already
done, so it does not count: a and c are woken, and b ends cancelled (after
reacquiring the lock, as wait() always does). A model that counts b, or
stops at it, wakes only a.

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
            log(name, "cancelled", cond.locked())
            raise


async def notifier(cond, victim):
    async with cond:
        victim.cancel()
        cond.notify(2)
        log("notified 2")


async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    c = asyncio.create_task(waiter(cond, "c"))
    await asyncio.sleep(0)
    await asyncio.create_task(notifier(cond, b))
    await asyncio.sleep(0.1)
    log("a", a.done(), "b", b.cancelled(), "c", c.done())
