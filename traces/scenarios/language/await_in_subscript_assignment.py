"""In `d[await key()] = await value()` the value is awaited first, then the key.

Python evaluates the right-hand side of an assignment before the parts of
its target. In a load `d[await key()]` the container comes before the
key, and a missing key raises KeyError after the await.

spec: https://docs.python.org/3.11/reference/expressions.html#evaluation-order
features: sleep, exceptions
"""
import asyncio
from loopspec import log


async def key(k):
    log("key", k)
    await asyncio.sleep(0)
    return k


async def value(v):
    log("value", v)
    await asyncio.sleep(0)
    return v


async def main():
    d = {}
    d[await key("a")] = await value(1)
    log("stored", d)
    log("loaded", d[await key("a")])
    try:
        log(d[await key("missing")])
    except KeyError as e:
        log("missing", e)
    pairs = [[0, 0]]
    pairs[0][await key(1)] = await value(7)
    log("nested", pairs)
