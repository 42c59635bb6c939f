"""Event.set() wakes every waiter, in the order they started waiting, all in the next loop iteration.

Waiters start waiting at 0.3, 0.1, 0.2 (task creation order a, b, c); set()
at 0.5 resumes them in the order b, c, a, each wait() returning True.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Event.set
features: event, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def waiter(ev, name, delay):
    await asyncio.sleep(delay)
    log(name, "waits", ev.is_set())
    r = await ev.wait()
    log(name, "woke", r, asyncio.get_running_loop().time())


async def main():
    ev = asyncio.Event()
    a = asyncio.create_task(waiter(ev, "a", 0.3))
    b = asyncio.create_task(waiter(ev, "b", 0.1))
    c = asyncio.create_task(waiter(ev, "c", 0.2))
    await asyncio.sleep(0.5)
    ev.set()
    log("set", ev.is_set())
    await asyncio.sleep(0)
    log("after one iteration", a.done(), b.done(), c.done())
