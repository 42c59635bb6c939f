"""`async with barrier as i` waits at the barrier on entry and binds the arrival index; leaving the block does nothing.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Barrier
features: barrier, tasks, gather
"""
import asyncio
from loopspec import log


async def party(barrier, name):
    async with barrier as index:
        log(name, "arrived as", index)
    log(name, "left", barrier.n_waiting)


async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(party(barrier, "a"), party(barrier, "b"))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        log("no parties", e)
