"""List, dict and set comprehensions run their clauses left to right, nested clauses innermost, each `if` before the element.

A noisy helper logs every evaluation, so the trace shows CPython's order:
for each item the conditions, then the element; a dict comprehension
evaluates the key before the value; a later clause's iterable is
evaluated again for each item of the clause before it.

spec: https://docs.python.org/3.11/reference/expressions.html#displays-for-lists-sets-and-dictionaries
features: sleep
"""
import asyncio
from loopspec import log


def noisy(tag, v):
    log(tag, v)
    return v


async def main():
    xs = [1, 2, 3, 4, 5]
    evens = [noisy("elt", x * 10) for x in xs if noisy("test", x) % 2 == 0]
    log("evens", evens)
    pairs = [(a, b) for a in noisy("outer", [0, 1, 2]) for b in noisy("inner", [a, a + 1]) if a != b - 1]
    log("pairs", pairs)
    squares = {noisy("key", x): noisy("value", x * x) for x in [2, 3]}
    log("dict", squares)
    await asyncio.sleep(0)
    log("set", {x % 3 for x in xs}, {"n": [[y for y in range(x)] for x in range(3)]})
    log("unpacked", [f"{k}={v}" for k, v in [("a", 1), ("b", 2)]])
