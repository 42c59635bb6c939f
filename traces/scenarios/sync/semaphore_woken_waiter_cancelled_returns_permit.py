"""A woken Semaphore waiter cancelled before it ran, with no one else waiting, gives the permit back to the counter.

release() handed the only permit to the waiter; the waiter is cancelled in
the same step. When it runs it sees a future that was not cancelled (it has
its result), so it adds the permit back and wakes the next waiter: there is
none, so the semaphore is unlocked and main's acquire() succeeds at once,
without yielding (a callback queued just before it runs after it).

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Semaphore.acquire
features: semaphore, cancellation, tasks, call_soon, sleep
"""
import asyncio
from loopspec import log


async def worker(sem):
    try:
        await sem.acquire()
        log("worker acquired")
    except asyncio.CancelledError:
        log("worker cancelled", sem.locked())
        raise


async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(0)
    w = asyncio.create_task(worker(sem), name="worker")
    await asyncio.sleep(0)
    sem.release()
    w.cancel()
    log("released and cancelled", sem.locked())
    await asyncio.sleep(0)
    log("worker", w.cancelled(), "locked", sem.locked())
    loop.call_soon(log, "callback")
    r = await sem.acquire()
    log("main acquired", r, sem.locked())
    await asyncio.sleep(0)
