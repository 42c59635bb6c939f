"""A zero step, a bound that is not an int and slicing what is not a sequence raise CPython's errors.

The errors come when the slice is applied, after all of its bounds were
evaluated; an extended slice takes exactly as many items as it selects.

spec: https://docs.python.org/3.11/reference/expressions.html#slicings
features: exceptions
"""
import asyncio
from loopspec import log


def step_of(v):
    log("step evaluated", v)
    return v


async def main():
    xs = [1, 2, 3, 4]
    try:
        log(xs[1:3:step_of(0)])
    except ValueError as e:
        log("zero step", e)
    try:
        log(xs["a":])
    except TypeError as e:
        log("str bound", e)
    try:
        log("abc"[:1.5])
    except TypeError as e:
        log("float bound", e)
    n = 5
    try:
        log(n[1:2])
    except TypeError as e:
        log("int", e)
    t = (1, 2, 3)
    try:
        t[0:1] = [9]
    except TypeError as e:
        log("tuple store", e)
    try:
        xs[::2] = [7]
    except ValueError as e:
        log("extended store", e)
    try:
        xs[0:1] = 5
    except TypeError as e:
        log("not iterable", e)
    try:
        del t[0:1]
    except TypeError as e:
        log("tuple del", e)
    try:
        log(b"abc"[::0])
    except ValueError as e:
        log("bytes zero step", e)
    log("still", xs)
    await asyncio.sleep(0)
