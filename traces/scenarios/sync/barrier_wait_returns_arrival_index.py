"""Barrier.wait() blocks until `parties` tasks have called it, then returns each its arrival index, 0 to parties-1.

Tasks arrive at 0.1, 0.2, 0.3 and all pass at 0.3. The last to arrive (index
2) returns first; the others return in arrival order. n_waiting counts the
blocked tasks and drops to 0 once the barrier trips.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Barrier.wait
features: barrier, tasks, sleep, time, gather
"""
import asyncio
from loopspec import log


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    log(name, "arrives", barrier.n_waiting)
    i = await barrier.wait()
    log(name, "passes with index", i, asyncio.get_running_loop().time())
    return i


async def main():
    barrier = asyncio.Barrier(3)
    log("parties", barrier.parties, "waiting", barrier.n_waiting, "broken", barrier.broken)
    r = await asyncio.gather(
        party(barrier, "b", 0.2),
        party(barrier, "c", 0.3),
        party(barrier, "a", 0.1),
    )
    log("indices", r, "waiting", barrier.n_waiting)
