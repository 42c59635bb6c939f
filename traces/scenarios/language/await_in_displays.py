"""List, tuple and dict displays evaluate their items left to right, awaiting each in turn; a dict takes each key before its value.

spec: https://docs.python.org/3.11/reference/expressions.html#evaluation-order
features: sleep, time
"""
import asyncio
from loopspec import log


async def item(name, delay=0):
    log("eval", name)
    await asyncio.sleep(delay)
    return name


async def main():
    loop = asyncio.get_running_loop()
    log("list", [await item("a", 0.2), await item("b", 0.1), "c"], loop.time())
    log("tuple", (await item("t1"), await item("t2")))
    log("dict", {await item("k1"): await item("v1"), "k2": await item("v2")})
