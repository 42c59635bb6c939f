"""Waiters woken by set() return True even if clear() is called before they run; later waiters block again.

set() completes the waiters' futures at once; clear() in the same step only
resets the flag. The woken waiters resume and see is_set() False. A waiter
arriving after clear() blocks until the next set().

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Event.clear
features: event, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def waiter(ev, name):
    r = await ev.wait()
    log(name, "woke", r, ev.is_set(), asyncio.get_running_loop().time())


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, "a"))
    b = asyncio.create_task(waiter(ev, "b"))
    await asyncio.sleep(0.1)
    ev.set()
    ev.clear()
    log("set then clear", ev.is_set())
    late = asyncio.create_task(waiter(ev, "late"))
    await asyncio.sleep(0.1)
    log("late blocked", late.done())
    ev.set()
    await late
