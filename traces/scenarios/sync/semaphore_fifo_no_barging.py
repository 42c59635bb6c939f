"""Semaphore waiters are woken in FIFO order and a release() reserves the permit for the woken waiter.

Right after release() hands the permit to a waiter, locked() is already True
(unlike Lock), and main's own acquire() queues behind the remaining waiters.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Semaphore.release
features: semaphore, tasks, sleep, time, gather
"""
import asyncio
from loopspec import log


async def worker(sem, name):
    async with sem:
        log(name, "in", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    a = asyncio.create_task(worker(sem, "a"))
    b = asyncio.create_task(worker(sem, "b"))
    await asyncio.sleep(0.05)
    sem.release()
    log("released; locked() =", sem.locked())
    await sem.acquire()
    log("main in again", loop.time())
    sem.release()
    await asyncio.gather(a, b)
