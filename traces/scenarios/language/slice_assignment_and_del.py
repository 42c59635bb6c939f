"""Assigning to a list slice replaces it by any number of items, an extended slice item for item; `del` of a slice removes what it selects.

Another task sees the list changed in place: a slice assignment or
deletion mutates the one list object, it does not rebind the name.

spec: https://docs.python.org/3.11/library/stdtypes.html#mutable-sequence-types
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def watcher(xs):
    await asyncio.sleep(0.1)
    log("watcher sees", xs)


async def main():
    xs = [0, 1, 2, 3, 4, 5, 6, 7]
    t = asyncio.create_task(watcher(xs))
    xs[1:3] = ["a", "b", "c"]
    log(xs)
    xs[5:2] = "xy"
    log(xs)
    xs[::3] = (10, 20, 30, 40)
    log(xs)
    del xs[::2]
    log(xs)
    del xs[-2:]
    log(xs)
    xs[:0] = range(2)
    log(xs)
    xs[len(xs):] = [await asyncio.sleep(0.05, "late")]
    log(xs)
    xs[:] = xs[::-1]
    await t
    del xs[:]
    log("emptied", xs)
