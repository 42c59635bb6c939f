"""A connection-pool class whose `__aenter__`/`__aexit__` wrap a Semaphore lets two of four tasks in at a time; the others enter in the order they arrived.

The pool counts how many are inside and the largest number seen; an
error inside one `async with` still releases its slot (d enters when c
fails). No two wake-ups are closer than 0.1 s, so a loop on a real clock
sees the same order.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Semaphore
features: semaphore, tasks, sleep, gather
"""
import asyncio
from loopspec import log


class Pool:
    def __init__(self, size):
        self._sem = asyncio.Semaphore(size)
        self.inside = 0
        self.peak = 0

    async def __aenter__(self):
        await self._sem.acquire()
        self.inside += 1
        self.peak = max(self.peak, self.inside)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.inside -= 1
        self._sem.release()
        return False


async def client(pool, name, delay):
    try:
        async with pool:
            log(name, "in", pool.inside)
            await asyncio.sleep(delay)
            if name == "c":
                raise ValueError(name)
        log(name, "out")
    except ValueError as e:
        log(name, "failed", e, pool.inside)


async def main():
    pool = Pool(2)
    await asyncio.gather(*(client(pool, n, d) for n, d in [("a", 0.4), ("b", 0.1), ("c", 0.2), ("d", 0.2)]))
    log("peak", pool.peak, "inside", pool.inside)
