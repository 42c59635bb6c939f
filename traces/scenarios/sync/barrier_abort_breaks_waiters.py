"""Barrier.abort() breaks the barrier: blocked tasks get BrokenBarrierError, and so does every later wait().

BrokenBarrierError is a RuntimeError subclass. The waiters' message ("Abort
or reset of barrier") differs from the one a later wait() gets ("Barrier
aborted").

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Barrier.abort
features: barrier, exceptions, tasks, sleep, gather
"""
import asyncio
from loopspec import log


async def party(barrier, name):
    try:
        await barrier.wait()
        log(name, "passed")
    except RuntimeError as e:
        log(name, "broken", e)


async def main():
    barrier = asyncio.Barrier(3)
    a = asyncio.create_task(party(barrier, "a"))
    b = asyncio.create_task(party(barrier, "b"))
    await asyncio.sleep(0.1)
    log("waiting", barrier.n_waiting)
    await barrier.abort()
    log("aborted", barrier.broken, barrier.n_waiting)
    await asyncio.gather(a, b)
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        log("late wait", e)
