"""A free Lock whose only queued waiters are cancelled is acquired at once: cancelled waiters do not reserve it.

The waiter is cancelled and the lock released in the same step, before the
waiter's task has run. main's acquire() then succeeds without suspending (a
call_soon callback has not run yet), and the cancelled waiter never gets the
lock.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Lock.acquire
features: lock, cancellation, call_soon, tasks, sleep
"""
import asyncio
from loopspec import log


async def waiter(lock):
    try:
        await lock.acquire()
        log("waiter got the lock")
    except asyncio.CancelledError:
        log("waiter cancelled", lock.locked())
        raise


async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock), name="waiter")
    await asyncio.sleep(0)
    w.cancel()
    lock.release()
    loop.call_soon(log, "callback")
    await lock.acquire()
    log("main acquired again", lock.locked())
    await asyncio.sleep(0)
    log("waiter", w.cancelled())
    lock.release()
