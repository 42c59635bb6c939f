"""A Condition waiter cancelled after its notify, while it waits to take the lock back, still gets the lock first and only then raises CancelledError.

wait() must return holding the lock, whatever happens. Woken by notify()
while the notifier holds the lock, the waiter queues on the lock; a cancel
arriving then interrupts that acquire, so wait() tries again and raises the
CancelledError only once the lock is its own. The `async with` around it
then releases the lock on the way out.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Condition.wait
features: condition, lock, cancellation, tasks, sleep, gather
"""
import asyncio
from loopspec import log


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError as e:
            log("waiter cancelled holding the lock", cond.locked(), e.args)
            raise


async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        await asyncio.sleep(0)
        t.cancel("stop")
        await asyncio.sleep(0)
        log("notifier still holds the lock", cond.locked(), t.done())
    await asyncio.gather(t, return_exceptions=True)
    log("waiter cancelled", t.cancelled(), "lock free", not cond.locked())
