"""abs() of an int or a bool is an int, of a float a float with the sign dropped (-0.0 included); anything else is a TypeError.

abs(True) is 1, an int; abs(-0.0) is 0.0. The distance between two
results awaited in one expression is taken with abs(), and abs serves as
a key for sorted, min and max, called once per item. Other values
(strings, None, lists, instances of the scenario's classes) raise
TypeError naming their type; abs takes exactly one positional argument
and no keyword.

spec: https://docs.python.org/3.11/library/functions.html#abs
features: tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


class Reading:
    def __init__(self, value):
        self.value = value


async def measure(v):
    await asyncio.sleep(0.1)
    return v


async def main():
    log(abs(-5), abs(5), abs(0), abs(-9223372036854775807), abs(True), abs(False), type(abs(True)).__name__)
    log(abs(-2.5), abs(2.5), repr(abs(-0.0)), abs(-1e308), abs(-5e-324), type(abs(-3)).__name__, type(abs(-3.0)).__name__)
    log(abs(float("-inf")) == float("inf"), abs(-7) == 7, abs(-7.0) == 7)
    a = asyncio.create_task(measure(3))
    b = asyncio.create_task(measure(10.5))
    log("distance", abs(await a - await b), abs(await b - await a))
    values = [-3, 2, -1.5, 0, 4, -4]
    log(sorted(values, key=abs), min(values, key=abs), max(values, key=abs), sum(abs(v) for v in values))
    for bad in ("-1", None, [-1], Reading(-1), b"x"):
        try:
            abs(bad)
        except TypeError as e:
            log(type(bad).__name__, e)
    try:
        abs()
    except TypeError as e:
        log("none", e)
    try:
        abs(-1, 2)
    except TypeError as e:
        log("two", e)
    try:
        abs(x=-1)
    except TypeError as e:
        log("keyword", e)
