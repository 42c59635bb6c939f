"""`del` unbinds a local or removes a list item or dict entry, left to right; what cannot be deleted raises CPython's errors.

A deleted local is unbound again: reading it raises UnboundLocalError, and
so does deleting it twice. A dict entry deleted while another task waits
is gone when that task looks.

spec: https://docs.python.org/3.11/reference/simple_stmts.html#the-del-statement
features: tasks, sleep, exceptions
"""
import asyncio
from loopspec import log


async def reader(d):
    await asyncio.sleep(0.1)
    log("reader sees", d)


async def key():
    await asyncio.sleep(0)
    return "b"


async def main():
    items = [1, 2, 3, 4]
    del items[0], items[-1]
    log("list", items)
    d = {"a": 1, "b": 2, "c": 3}
    task = asyncio.create_task(reader(d))
    del d["a"]
    del d[await key()]
    await task
    x = 5
    del x
    try:
        log(x)
    except UnboundLocalError as e:
        log("unbound", e)
    try:
        del x
    except UnboundLocalError as e:
        log("twice", e)
    for target, index in [([1], 5), ({}, "k"), ((1,), 0), ("ab", 0), (7, 0)]:
        try:
            del target[index]
        except (IndexError, KeyError, TypeError) as e:
            log("cannot", e)
