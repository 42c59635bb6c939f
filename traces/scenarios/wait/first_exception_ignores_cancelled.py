"""A cancelled task does not count as an exception for wait(return_when=FIRST_EXCEPTION).

One task is cancelled at 0.1; wait() keeps waiting. It returns at 0.2 when
another task raises, with both in the done set.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, cancellation, exceptions, call_later, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def broken(delay):
    await asyncio.sleep(delay)
    raise RuntimeError("failed")


async def main():
    loop = asyncio.get_running_loop()
    victim = asyncio.create_task(job("victim", 1.0), name="victim")
    bad = asyncio.create_task(broken(0.2), name="bad")
    slow = asyncio.create_task(job("slow", 0.5), name="slow")
    loop.call_later(0.1, victim.cancel)
    done, pending = await asyncio.wait([victim, bad, slow], return_when=asyncio.FIRST_EXCEPTION)
    log("returned at", loop.time(), done, pending)
    log("victim cancelled", victim.cancelled(), "bad", bad.exception())
    await slow
