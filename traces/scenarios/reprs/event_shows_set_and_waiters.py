"""An Event's repr says whether it is set and how many tasks wait on it.

set() wakes every waiter at once, but each leaves the queue only when its
task runs: right after set() the repr is `[set, waiters:2]`, and one
iteration later `[set]`.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Event
features: reprs, event, tasks, sleep
"""
import asyncio
from loopspec import log


async def waiter(event, name):
    await event.wait()
    log(name, "woken")


async def main():
    event = asyncio.Event()
    log(repr(event))
    tasks = [asyncio.create_task(waiter(event, n)) for n in ("a", "b")]
    await asyncio.sleep(0)
    log(repr(event))
    event.set()
    log(repr(event))
    await asyncio.sleep(0)
    log(repr(event))
    event.clear()
    log(str(event))
    await asyncio.gather(*tasks)
