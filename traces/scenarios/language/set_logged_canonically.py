"""A logged set lists its members sorted by their canonical JSON text, whatever order CPython iterates them in; so do sets inside other values.

Sets of strings, tuples, mixed numbers and bytes are logged as they are:
neither the model nor CPython's hash order shows in the trace.

spec: https://docs.python.org/3.11/library/stdtypes.html#set-types-set-frozenset
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def worker(name, delay, done):
    await asyncio.sleep(delay)
    done.add(name)
    return name


async def main():
    done = set()
    await asyncio.gather(worker("zeta", 0.3, done), worker("alpha", 0.2, done), worker("Mu", 0.1, done))
    log(done)
    log({(2, "b"), (1, "z"), (10, "a")}, {-1, 2.5, 10, 3}, {b"z", b"a"}, {None, True, "x"})
    log([{"b", "a"}], {"k": {3, 1}}, ({2, 1},))
    log(len(done), "alpha" in done, sorted(done), min(done), max(done))
