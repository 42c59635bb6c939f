"""A Lock that made a task wait on one loop refuses to make one wait on another: the message holds its repr.

A primitive binds to a loop the first time it needs a waiter future, not
when it is made or acquired without contention. Contended again under a
second asyncio.run, it raises RuntimeError('<repr> is bound to a different
event loop'), its repr showing the state at that moment.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Lock
features: reprs, lock, asyncio_run, tasks, sleep
"""
import asyncio
from loopspec import log

async def contend(lock):
    async with lock:
        other = asyncio.create_task(lock.acquire())
        await asyncio.sleep(0)
        other.cancel()
    log("bound", repr(lock))


async def contend_again(lock):
    await lock.acquire()
    try:
        await lock.acquire()
    except RuntimeError as e:
        log("refused", e)
    lock.release()


def scenario(loop):
    lock = asyncio.Lock()
    asyncio.run(contend(lock))
    asyncio.run(contend_again(lock))
