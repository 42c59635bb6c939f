"""sorted, min and max: key= takes a function of the file, a builtin or a bound method, called once per item in order; sorted is stable, also with reverse=True; min and max keep the first of equal items.

The keys are computed for all items before any comparison; a pair that
does not compare raises TypeError at the first comparison CPython makes.
min and max of nothing raise ValueError unless default= is given.

spec: https://docs.python.org/3.11/library/functions.html#sorted
features: tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


def second(pair):
    log("key", pair)
    return pair[1]


async def score(name, delay):
    await asyncio.sleep(delay)
    return (name, len(name) % 3)


async def main():
    pairs = await asyncio.gather(score("bob", 0.3), score("alice", 0.1), score("eve", 0.2), score("dan", 0.4))
    log(pairs)
    log(sorted(pairs, key=second))
    log(sorted(pairs, key=second, reverse=True))
    log(sorted([3, 1, 2]), sorted("cab"), sorted((2.5, -1, True)), sorted({"x": 1, "a": 2}), sorted([]))
    words = ["pear", "fig", "apple", "kiwi"]
    log(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, reverse=True))
    counts = {"pear": 3, "fig": 1, "apple": 3, "kiwi": 2}
    log(sorted(words, key=counts.get), max(words, key=counts.get), min(words, key=counts.get))
    log(min(3, 1, 2), max([1, 5, 5.0]), max(5.0, 5), min("b", "a"), max([], default="none"), min([2], default=0))
    log(max(pairs, key=second), min(pairs, key=second))
    try:
        sorted([1, "a", 2])
    except TypeError as e:
        log("mixed", e)
    try:
        max(1, "a")
    except TypeError as e:
        log("max mixed", e)
    try:
        min([])
    except ValueError as e:
        log("empty", e)
    try:
        min(1, 2, default=0)
    except TypeError as e:
        log("default", e)
    try:
        sorted(5)
    except TypeError as e:
        log("not iterable", e)
    try:
        sorted([1], [2])
    except TypeError as e:
        log("two", e)
