"""sum adds left to right from its start (0 unless given); any and all stop at the first item that decides.

Floats are added one by one, in order, as CPython 3.11 does (no
compensated summation), so the rounding of each step shows. any and all
stop pulling items from an iterator once they know the answer.

spec: https://docs.python.org/3.11/library/functions.html#sum
features: gather, tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


async def measure(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    values = await asyncio.gather(measure(0.1, 0.2), measure(0.2, 0.1), measure(0.3, 0.3))
    log(values, sum(values), sum([0.1] * 10), sum([1, 2, 3]), sum([]), sum([], 5), sum([1.5, 1], start=10))
    log(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum(range(101)), sum({1, 2, 3}), sum([True, True]))
    log(any([]), all([]), any([0, "", None]), all([1, "x", [0]]))
    pairs = enumerate([0, 0, 5, 0, 7])
    log(any(pairs), list(pairs))
    flags = enumerate([1, 0, 1])
    log(all([True, 1]), all({0: "a"}), any({"": 1}), any(b"\x00\x01"), any({0, False}))
    try:
        sum(["a", "b"], "")
    except TypeError as e:
        log("strings", e)
    try:
        sum([b"a"], b"")
    except TypeError as e:
        log("bytes", e)
    try:
        sum(["a", "b"])
    except TypeError as e:
        log("int + str", e)
    try:
        any(3)
    except TypeError as e:
        log("any", e)
    log(list(flags))
