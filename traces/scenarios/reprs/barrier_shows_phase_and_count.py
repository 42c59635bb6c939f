"""A Barrier's repr shows its phase and how many of its parties wait, or only `broken` once broken.

While the barrier fills it counts the waiters against the parties; when the
last party arrives it drains (the count reads 0) until every waiter has
left, then fills again. After abort() the repr is `[broken]`.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Barrier
features: reprs, barrier, tasks, sleep, gather
"""
import asyncio
from loopspec import log


async def party(barrier, name):
    await barrier.wait()
    log(name, "passed", repr(barrier))


async def main():
    barrier = asyncio.Barrier(3)
    log(repr(barrier))
    a = asyncio.create_task(party(barrier, "a"))
    b = asyncio.create_task(party(barrier, "b"))
    await asyncio.sleep(0)
    log(repr(barrier))
    await party(barrier, "main")
    log(repr(barrier))
    await asyncio.gather(a, b)
    log(repr(barrier))
    await barrier.abort()
    log(repr(barrier))
