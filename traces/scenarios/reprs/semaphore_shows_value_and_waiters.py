"""A Semaphore's repr shows its counter while free, `locked` when none is left, and its waiters.

BoundedSemaphore writes its own class name. A semaphore whose counter is
above zero is still `locked` while a waiter that is not cancelled is queued
(a newcomer cannot overtake it).

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Semaphore
features: reprs, semaphore, tasks, sleep
"""
import asyncio
from loopspec import log


async def user(sem, name):
    async with sem:
        log(name, "in", repr(sem))
        await asyncio.sleep(0)


async def main():
    sem = asyncio.Semaphore(2)
    log(repr(sem))
    await sem.acquire()
    log(repr(sem))
    await sem.acquire()
    log(repr(sem))
    tasks = [asyncio.create_task(user(sem, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    log(repr(sem))
    sem.release()
    log("released once", repr(sem))
    sem.release()
    await asyncio.gather(*tasks)
    log(repr(sem))
    bounded = asyncio.BoundedSemaphore(1)
    log(repr(bounded))
    async with bounded:
        log(repr(bounded))
