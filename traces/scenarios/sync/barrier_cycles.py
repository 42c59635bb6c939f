"""A Barrier is cyclic: after tripping it refills, so the same parties can meet at it again and again.

Two workers with different step times meet at the barrier at the end of each
of three rounds; the faster one always waits for the slower.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Barrier
features: barrier, tasks, gather, sleep, time
"""
import asyncio
from loopspec import log


async def worker(barrier, name, step):
    loop = asyncio.get_running_loop()
    for rnd in range(3):
        await asyncio.sleep(step)
        i = await barrier.wait()
        log(name, "round", rnd, "index", i, loop.time())


async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(worker(barrier, "fast", 0.1), worker(barrier, "slow", 0.25))
    log("end", barrier.n_waiting, barrier.broken)
