"""enumerate and zip are lazy iterators: they pull from their sources only as they are walked, once; zip stops at the shortest source.

A list grown while an enumerate over it is walked yields the new items
too, as CPython's list iterator does. An exhausted iterator stays empty.
zip pulls from its sources left to right and stops at the first that ends.

spec: https://docs.python.org/3.11/library/functions.html#zip
features: queue, tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


async def producer(q):
    for item in ("a", "b", "c"):
        await asyncio.sleep(0.1)
        await q.put(item)


async def main():
    q = asyncio.Queue()
    asyncio.create_task(producer(q))
    got = []
    for i, item in enumerate(range(3), start=1):
        got.append((i, await q.get()))
    log(got)
    names = ["x", "y", "z"]
    log(list(enumerate(names)), list(enumerate(names, 10)), list(enumerate("hi", start=-1)))
    log(list(zip(names, (1, 2))), list(zip()), list(zip("ab", b"AB", range(5))), dict(zip(names, range(3))))
    grow = [1, 2]
    for i, v in enumerate(grow):
        if i < 2:
            grow.append(v * 10)
    log(grow)
    e = enumerate(["only"])
    log(list(e), list(e))
    z = zip([1, 2, 3], ["a"])
    for pair in z:
        log("pair", pair)
    log(list(z))
    for i, pair in enumerate(zip("pq", [True, None])):
        log(i, pair)
    try:
        enumerate([], start="0")
    except TypeError as e2:
        log("start", e2)
    try:
        zip([1], 2)
    except TypeError as e3:
        log("zip", e3)
