"""Two tasks that wake at the same deadline and take a lock: either may get it first.

Both sleep 0.1 s from t=0 and then hold a shared Lock for 0.25 s. The task
the loop wakes first acquires the lock at once (t=0.1); the other waits and
acquires it when the first releases it (t=0.35). Which task is which is
open; the times are not.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Lock
features: lock, sleep, tasks, time
order: timer-ties
"""
import asyncio
from loopspec import log


async def worker(name, lock):
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    async with lock:
        log(name, "holds the lock", loop.time())
        await asyncio.sleep(0.25)
    log(name, "released", loop.time())


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(worker("a", lock), name="a")
    b = asyncio.create_task(worker("b", lock), name="b")
    await a
    await b
    log("lock free", not lock.locked())
