"""A generator expression computes each element only when asked; its first iterable is evaluated (and checked) where it is written, and once exhausted it stays exhausted.

Two `for` loops share one generator: the second resumes where the first
broke off. An element that raises finishes the generator.

spec: https://docs.python.org/3.11/reference/expressions.html#generator-expressions
features: exceptions, sleep
"""
import asyncio
from loopspec import log


def noisy(v):
    log("computing", v)
    return 10 // v


async def main():
    values = [1, 2, 0, 5]
    gen = (noisy(v) for v in values)
    log("created")
    for r in gen:
        log("first loop", r)
        if r == 5:
            break
    await asyncio.sleep(0)
    try:
        for r in gen:
            log("second loop", r)
    except ZeroDivisionError as e:
        log("raised", e)
    for r in gen:
        log("never", r)
    log("done")
    try:
        gen = (v for v in None)
    except TypeError as e:
        log(e)
    squares = (v * v for v in range(4) if v)
    log([s for s in squares], [s for s in squares])
