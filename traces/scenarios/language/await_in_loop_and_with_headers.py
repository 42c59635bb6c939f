"""The iterable of `for`, the manager of `async with` and a `*` argument may each be an await.

Each is awaited once, before the statement starts its work.

spec: https://docs.python.org/3.11/reference/compound_stmts.html#the-for-statement
features: lock, gather, sleep
"""
import asyncio
from loopspec import log


async def items():
    log("items awaited")
    await asyncio.sleep(0)
    return [1, 2]


async def make_lock():
    await asyncio.sleep(0)
    return asyncio.Lock()


async def double(n):
    await asyncio.sleep(0)
    return 2 * n


async def jobs():
    await asyncio.sleep(0)
    return [double(1), double(2)]


async def main():
    for i in await items():
        log("item", i)
    async with await make_lock() as held:
        log("holding", held)
    log("gathered", await asyncio.gather(*await jobs()))
