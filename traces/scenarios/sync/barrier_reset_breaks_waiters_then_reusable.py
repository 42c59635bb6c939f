"""Barrier.reset() fails the tasks blocked in wait() with BrokenBarrierError, then the barrier is usable again.

Unlike abort(), reset() does not leave the barrier broken: once the two
interrupted waiters have left, three new calls to wait() pass together.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Barrier.reset
features: barrier, exceptions, tasks, gather, sleep, time
"""
import asyncio
from loopspec import log


async def party(barrier, name):
    try:
        i = await barrier.wait()
        log(name, "passed", i, asyncio.get_running_loop().time())
    except asyncio.BrokenBarrierError as e:
        log(name, "broken", e, asyncio.get_running_loop().time())


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party(barrier, "a"))
    b = asyncio.create_task(party(barrier, "b"))
    await asyncio.sleep(0.1)
    await barrier.reset()
    log("reset", barrier.broken, barrier.n_waiting)
    await asyncio.gather(a, b)
    log("after reset", barrier.broken, barrier.n_waiting)
    await asyncio.sleep(0.1)
    await asyncio.gather(party(barrier, "x"), party(barrier, "y"), party(barrier, "z"))
