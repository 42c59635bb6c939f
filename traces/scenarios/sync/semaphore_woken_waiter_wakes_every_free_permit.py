"""A waiter that gets its permit wakes as many queued waiters as there are permits left (3.13); 3.11 and 3.12 wake one.

Permits released while the first waiter is woken but has not run yet cannot
be taken by newcomers: the queue is first in, first out, so they wait too.
When the first waiter runs, 3.13 wakes one waiter per permit still free, so
both newcomers run in the next iteration; 3.11 and 3.12 wake only the next
one, which wakes the last in its turn, an iteration later.

spec: https://docs.python.org/3.13/library/asyncio-sync.html#asyncio.Semaphore
features: semaphore, tasks, sleep
"""
import asyncio
from loopspec import log


async def waiter(sem, name, delay_steps):
    for _ in range(delay_steps):
        await asyncio.sleep(0)
    log(name, "asks", sem.locked())
    await sem.acquire()
    log(name, "acquired")


async def ticker():
    for i in range(5):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    sem = asyncio.Semaphore(0)
    ticks = asyncio.create_task(ticker())
    first = asyncio.create_task(waiter(sem, "first", 0))
    second = asyncio.create_task(waiter(sem, "second", 1))
    third = asyncio.create_task(waiter(sem, "third", 1))
    await asyncio.sleep(0)
    sem.release()
    sem.release()
    sem.release()
    log("released three")
    await asyncio.gather(ticks, first, second, third)
