"""A comprehension has its own scope: its variable does not leak, lambdas made in it share that one variable, and an error in it discards the partial result.

As in CPython 3.11 the comprehension runs like a nested function: the
first iterable is evaluated once in the enclosing function, everything
else inside, where the enclosing function's variables are read as they
are at that moment.

spec: https://docs.python.org/3.11/reference/expressions.html#displays-for-lists-sets-and-dictionaries
features: exceptions, sleep
"""
import asyncio
from loopspec import log


async def main():
    x = "main's x"
    doubled = [x * 2 for x in "ab"]
    log(doubled, x)
    getters = [lambda: i for i in range(3)]
    log("shared", [g() for g in getters])
    bound = [lambda i=i: i for i in range(3)]
    log("bound", [g() for g in bound])
    scale = 10
    scaled = [n * scale for n in range(3)]
    log(scaled)
    result = "before"
    try:
        result = [10 // (n - 1) for n in range(3)]
    except ZeroDivisionError as e:
        log("error", e, result)
    await asyncio.sleep(0)
    try:
        log([n for n in 7])
    except TypeError as e:
        log("not iterable", e)
