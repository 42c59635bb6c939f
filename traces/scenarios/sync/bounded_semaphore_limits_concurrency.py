"""async with BoundedSemaphore(2) keeps at most two workers inside at once; the others enter in FIFO order as slots free up.

Workers of durations 0.1, 0.2, 0.3, 0.4 enter at 0, 0, 0.1 and 0.2.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.BoundedSemaphore
features: semaphore, tasks, gather, sleep, time
"""
import asyncio
from loopspec import log


async def worker(sem, name, duration):
    async with sem:
        log(name, "enters", asyncio.get_running_loop().time())
        await asyncio.sleep(duration)
        log(name, "leaves", asyncio.get_running_loop().time())


async def main():
    sem = asyncio.BoundedSemaphore(2)
    await asyncio.gather(
        worker(sem, "w0", 0.1),
        worker(sem, "w1", 0.2),
        worker(sem, "w2", 0.3),
        worker(sem, "w3", 0.4),
    )
    try:
        sem.release()
    except ValueError as e:
        log("all slots free", e)
