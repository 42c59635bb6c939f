"""Pages fetched one at a time behind an async generator, consumed by `async for` in two tasks with gather: each generator's awaits run in its own consumer task, so the two fetches interleave on the clock.

A paginated API read the way users write it: the generator awaits each
page, yields its items one by one, and stops at an empty page.

spec: https://peps.python.org/pep-0525/
features: tasks, gather, sleep
"""
import asyncio
from loopspec import log

PAGES = {"a": [[1, 2], [3], []], "b": [[10], [20, 30], []]}


async def fetch_page(source, number):
    await asyncio.sleep(0.2 if source == "a" else 0.35)
    log("fetched", source, number)
    return PAGES[source][number]


async def all_items(source):
    number = 0
    while True:
        page = await fetch_page(source, number)
        if not page:
            return
        for item in page:
            yield item
        number += 1


async def collect(source):
    total = []
    async for item in all_items(source):
        total.append(item)
    return total


async def main():
    log(await asyncio.gather(collect("a"), collect("b")), asyncio.get_running_loop().time())
