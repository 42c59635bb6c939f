"""`await` in a comprehension's element runs one await after another inside the task, unlike gather, which waits for all at once.

`[await t for t in tasks]` collects task results in list order; a
comprehension of coroutine calls runs them one by one, so their sleeps
add up. A dict comprehension awaits the value after computing the key.

spec: https://docs.python.org/3.11/reference/expressions.html#displays-for-lists-sets-and-dictionaries
features: tasks, sleep, gather
order: timer-ties
"""
import asyncio
from loopspec import log


async def fetch(name, delay):
    await asyncio.sleep(delay)
    log("fetched", name)
    return name * 2


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(fetch(n, d)) for n, d in [("a", 0.3), ("b", 0.1)]]
    log([await t for t in tasks], loop.time())
    start = loop.time()
    log([await fetch(n, 0.1) for n in "xy"], loop.time() - start)
    log({n: await fetch(n, 0.1) for n in "pq"})
    log(await asyncio.gather(*[fetch(n, 0.1) for n in "uv"]))
