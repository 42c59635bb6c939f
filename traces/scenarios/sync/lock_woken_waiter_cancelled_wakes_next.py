"""If a waiter is cancelled after release() picked it but before it ran, it passes the wake-up to the next waiter.

release() completes the first waiter's future; in the same step that waiter's
task is cancelled. It resumes with CancelledError and, the lock being free,
wakes the second waiter, which takes the lock.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Lock.release
features: lock, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def worker(lock, name):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log(name, "cancelled after being woken", lock.locked())
        raise
    log(name, "has the lock")
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w1 = asyncio.create_task(worker(lock, "w1"))
    w2 = asyncio.create_task(worker(lock, "w2"))
    await asyncio.sleep(0)
    lock.release()
    w1.cancel()
    await asyncio.sleep(0)
    log("after 1 iteration", w1.cancelled(), w2.done(), lock.locked())
    await asyncio.sleep(0)
    log("after 2 iterations", w2.done(), lock.locked())
