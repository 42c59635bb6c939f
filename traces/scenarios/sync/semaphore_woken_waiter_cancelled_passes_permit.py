"""A Semaphore waiter cancelled after release() chose it, but before it ran, hands the permit to the next waiter.

The permit is not lost: the cancelled waiter gives it back and wakes the
following waiter, which gets in one iteration later.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Semaphore.acquire
features: semaphore, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def worker(sem, name):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log(name, "cancelled", sem.locked())
        raise
    log(name, "acquired")
    sem.release()


async def main():
    sem = asyncio.Semaphore(0)
    w1 = asyncio.create_task(worker(sem, "w1"))
    w2 = asyncio.create_task(worker(sem, "w2"))
    await asyncio.sleep(0)
    sem.release()
    w1.cancel()
    await asyncio.sleep(0)
    log("after 1 iteration", w1.cancelled(), w2.done())
    await asyncio.sleep(0)
    log("after 2 iterations", w2.done(), sem.locked())
