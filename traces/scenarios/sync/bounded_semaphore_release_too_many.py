"""BoundedSemaphore.release() raises ValueError when it would raise the counter above its initial value.

The failed release leaves the semaphore usable: two acquires still succeed
without blocking and the third finds it locked.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.BoundedSemaphore
features: semaphore, exceptions
"""
import asyncio
from loopspec import log


async def main():
    sem = asyncio.BoundedSemaphore(2)
    try:
        sem.release()
    except ValueError as e:
        log("release at bound", e)
    await sem.acquire()
    sem.release()
    try:
        sem.release()
    except ValueError as e:
        log("one release too many", e)
    await sem.acquire()
    await sem.acquire()
    log("two held", sem.locked())
    sem.release()
    sem.release()
    log("back to bound", sem.locked())
