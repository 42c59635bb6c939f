"""A second Semaphore release() while the woken waiter has not run yet does not let a newcomer in first.

Semaphore(0) with one waiter: the first release() hands the permit to the
waiter (its future done, the counter back to 0), the second raises the
counter to 1. The woken waiter's future is still in the waiter queue, not
cancelled, so locked() is True, and main's acquire(), the newcomer, queues
behind it instead of taking the free permit. When the waiter runs it sees the
counter above 0 and wakes main: the waiter gets the semaphore first, main one
iteration later, and both then hold it.

The documentation says acquire() returns at once when the counter is above
zero, which does not hold here: the rule is in locks.py, where locked() also
counts queued waiters whose futures are not cancelled, and acquire() waits
whenever locked() is True.

spec: https://github.com/python/cpython/blob/3.11/Lib/asyncio/locks.py
features: semaphore, tasks, sleep
"""
import asyncio
from loopspec import log


async def waiter(sem):
    await sem.acquire()
    log("got it", "waiter", sem.locked())


async def main():
    sem = asyncio.Semaphore(0)
    w = asyncio.create_task(waiter(sem), name="waiter")
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    log("after two releases, locked()", sem.locked())
    await sem.acquire()
    log("got it", "main", sem.locked(), w.done())
    sem.release()
    sem.release()
    log("both released, locked()", sem.locked())
