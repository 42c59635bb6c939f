"""After release() wakes a waiter, the lock reports unlocked, yet a new acquire() queues behind the woken waiter.

locked() is False between the release and the woken task's resumption, but
the lock is reserved: main's own acquire() right after release() suspends
and gets the lock only when the waiter releases it.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Lock.release
features: lock, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def waiter(lock):
    async with lock:
        log("waiter has the lock", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)
        log("waiter releases")


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock), name="waiter")
    await asyncio.sleep(0.1)
    lock.release()
    log("released; locked() =", lock.locked())
    await lock.acquire()
    log("main has the lock again", loop.time())
    lock.release()
    await w
