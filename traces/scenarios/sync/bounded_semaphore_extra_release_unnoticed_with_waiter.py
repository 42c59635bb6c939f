"""In 3.11 a BoundedSemaphore does not detect an extra release() made while a woken waiter has not yet run.

release() hands the permit to the waiter and lowers the counter again, so a
second, erroneous release() passes the bound check. The result: two holders
of a BoundedSemaphore(1), the late arrival getting in at once, and the
bound check then fires on the second holder's legitimate release.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.BoundedSemaphore
features: semaphore, tasks, sleep
"""
import asyncio
from loopspec import log


async def holder(sem, name):
    await sem.acquire()
    log(name, "acquired", sem.locked())


async def main():
    sem = asyncio.BoundedSemaphore(1)
    await sem.acquire()
    w = asyncio.create_task(holder(sem, "waiter"))
    await asyncio.sleep(0)
    sem.release()
    try:
        sem.release()
        log("second release accepted")
    except ValueError as e:
        log("second release refused", e)
    await w
    late = asyncio.create_task(holder(sem, "late"))
    await asyncio.sleep(0)
    log("late done", late.done())
    sem.release()
    log("waiter released")
    try:
        sem.release()
    except ValueError as e:
        log("late's legitimate release refused", e)
