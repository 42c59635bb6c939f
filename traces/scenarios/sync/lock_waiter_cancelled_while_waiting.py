"""A task cancelled while waiting for a Lock leaves the queue without ever holding the lock; the next waiter gets it.

Of three waiters, the middle one is cancelled while the lock is held. On
release the first waiter gets the lock, then the third.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Lock.acquire
features: lock, cancellation, tasks, sleep, time, gather
"""
import asyncio
from loopspec import log


async def worker(lock, name):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log(name, "cancelled while waiting", lock.locked())
        raise
    log(name, "has the lock", asyncio.get_running_loop().time())
    await asyncio.sleep(0.1)
    lock.release()


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w1 = asyncio.create_task(worker(lock, "w1"))
    w2 = asyncio.create_task(worker(lock, "w2"))
    w3 = asyncio.create_task(worker(lock, "w3"))
    await asyncio.sleep(0.1)
    w2.cancel()
    await asyncio.sleep(0.1)
    log("main releases", lock.locked())
    lock.release()
    await asyncio.gather(w1, w2, w3, return_exceptions=True)
    log("w2 cancelled", w2.cancelled(), "locked", lock.locked())
