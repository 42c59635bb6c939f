"""Lock waiters acquire the lock in the order they called acquire(), not the order their tasks were created.

Tasks created a, b, c start waiting at 0.2, 0.3 and 0.1 respectively; once
the holder releases at 0.5 they get the lock in the order c, a, b, each
keeping it for 0.1 s.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Lock.acquire
features: lock, tasks, sleep, time, gather
"""
import asyncio
from loopspec import log


async def worker(lock, name, delay):
    await asyncio.sleep(delay)
    log(name, "waits", lock.locked())
    async with lock:
        log(name, "has the lock", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)


async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(worker(lock, "a", 0.2))
    b = asyncio.create_task(worker(lock, "b", 0.3))
    c = asyncio.create_task(worker(lock, "c", 0.1))
    await asyncio.sleep(0.5)
    log("main releases")
    lock.release()
    await asyncio.gather(a, b, c)
    log("end", lock.locked())
