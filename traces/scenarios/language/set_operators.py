"""`|`, `&` and `-` of two sets make a new set; `|=`, `&=` and `-=` change the set in place, so every name bound to it sees the change.

Two tasks report the names they saw; the union, the intersection and the
differences say who saw what. On ints the same operators are bitwise,
and `True | False` stays a bool. A set operator with a list is TypeError.

spec: https://docs.python.org/3.11/library/stdtypes.html#frozenset.union
features: gather, tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


async def observe(names, delay):
    await asyncio.sleep(delay)
    return set(names)


async def main():
    a, b = await asyncio.gather(observe(["x", "y", "z"], 0.2), observe(["y", "w"], 0.1))
    log(a | b, a & b, a - b, b - a, (a | b) - (a & b), a | set(), a & set())
    seen = a
    seen |= {"v"}
    seen &= {"v", "x", "y", "q"}
    seen -= {"y"}
    log("in place", seen is a, a)
    log(6 | 3, 6 & 3, True | False, True & True, True | 2, 1 | 2 & 3, 2 * 3 | 1)
    small = {4, 1} | {0, 7}
    log(list(small), tuple({5, 6, 2} & {6, 2, 3}))
    try:
        log(a | ["x"])
    except TypeError as e:
        log("list", e)
    try:
        log(1.5 & 1)
    except TypeError as e:
        log("float", e)
