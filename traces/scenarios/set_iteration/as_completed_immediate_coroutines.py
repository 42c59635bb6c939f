"""Coroutines handed to as_completed() that finish at their first step complete in set order, so the results come in that order too.

None of the three coroutines awaits anything: each logs and returns at its
first step. as_completed() wraps them in tasks while walking a set of the
coroutine objects (memory-address order in CPython, which asyncio leaves
open); the tasks run and finish in the order they were made, and
as_completed() hands out results as they finish. So the "runs" lines and
the "got" lines follow the same open order; every value arrives exactly
once.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed
order: set-iteration
"""
import asyncio
from loopspec import log


async def compute(n):
    log("runs", n)
    return n * 10


async def main():
    got = []
    for next_done in asyncio.as_completed([compute(1), compute(2), compute(3)]):
        value = await next_done
        log("got", value)
        got.append(value)
    log("sum", sum(got))
