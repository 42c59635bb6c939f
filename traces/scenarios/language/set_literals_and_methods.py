"""Sets: `{a, b}` and set(...) drop duplicates; in, len, add, discard, remove (KeyError when absent) and `-`; a set of the ints 0-7 iterates in ascending order.

CPython iterates a set in hash order. For the ints 0 to 7 that order is
ascending whatever order they were added in, as long as no member was ever
removed; the model iterates only such sets (docs/scenario-language.md#set-iteration).
Tasks add to one shared set while they run.

spec: https://docs.python.org/3.11/library/stdtypes.html#set-types-set-frozenset
features: tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


async def mark(seen, n):
    await asyncio.sleep(0.1 * (8 - n))
    seen.add(n)


async def main():
    s = {3, 1, 2, 3, True}
    log(s, len(s), 2 in s, 5 not in s, 1.0 in s)
    log(set(), set([5, 5, 4]), set("abca"), set((1, 2)), set({"k": 1}), set(range(3)), set(b"aa"))
    seen = set()
    tasks = []
    for n in (6, 0, 4, 2):
        tasks.append(asyncio.create_task(mark(seen, n)))
    await asyncio.gather(*tasks)
    log("seen", seen, list(seen))
    order = []
    for n in seen:
        order.append(n)
    log("iterated", order, tuple({7, 5, 0}), sorted({"b", "a"}))
    seen.discard(4)
    seen.discard(99)
    log(seen, seen - {0, 100}, {1, 2} - {2}, {1, 2} == {2, 1}, {1} != {1.0}, bool(set()))
    try:
        seen.remove(4)
    except KeyError as e:
        log("remove", e)
    try:
        log({[1, 2], 3})
    except TypeError as e:
        log("unhashable", e)
    try:
        seen.add({})
    except TypeError as e:
        log("add", e)
    try:
        log([] in seen)
    except TypeError as e:
        log("in", e)
