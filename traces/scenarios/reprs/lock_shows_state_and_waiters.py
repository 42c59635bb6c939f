"""A Lock's repr says whether it is held and, while tasks queue for it, how many waiters there are.

The repr is object.__repr__ (an address, which the trace writes as 0x...)
with the state in brackets. A waiter counts from the moment its acquire()
queues a future until its task runs again and takes the future off the
queue: a cancelled waiter still counts in the same iteration it was
cancelled, and is gone once its task has seen the CancelledError.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Lock
features: reprs, lock, tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def holder(lock, name):
    async with lock:
        log(name, "holds", repr(lock))


async def main():
    lock = asyncio.Lock()
    log(repr(lock))
    await lock.acquire()
    log(repr(lock))
    a = asyncio.create_task(holder(lock, "a"))
    b = asyncio.create_task(holder(lock, "b"))
    await asyncio.sleep(0)
    log(repr(lock))
    a.cancel()
    log("a cancelled", repr(lock))
    await asyncio.sleep(0)
    log("a gone", repr(lock))
    lock.release()
    log("released", repr(lock))
    await b
    log(f"{lock!r}")
