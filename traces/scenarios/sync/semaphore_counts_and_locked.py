"""A Semaphore lets `value` acquirers in at once; locked() is True when the next acquire() would block.

Semaphore(2): two acquire() calls return at once and the third waits until a
release. A negative initial value is a ValueError; Semaphore(0) starts locked.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Semaphore
features: semaphore, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def third(sem):
    await sem.acquire()
    log("third acquired", asyncio.get_running_loop().time())


async def main():
    sem = asyncio.Semaphore(2)
    log("start locked", sem.locked())
    r1 = await sem.acquire()
    log("first", r1, sem.locked())
    r2 = await sem.acquire()
    log("second", r2, sem.locked())
    t = asyncio.create_task(third(sem))
    await asyncio.sleep(0.1)
    log("third waiting", t.done())
    sem.release()
    await t
    log("after third", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        log("negative", e)
    log("zero", asyncio.Semaphore(0).locked())
