"""A task cancelled inside Condition.wait() re-acquires the lock before the CancelledError reaches it.

The waiter is cancelled at 0.1 while main holds the lock until 0.3; the
waiter's handler runs only at 0.3, with the lock held, and the async with
releases it.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Condition.wait
features: condition, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            log("waiter cancelled", cond.locked(), asyncio.get_running_loop().time())
            raise


async def main():
    loop = asyncio.get_running_loop()
    cond = asyncio.Condition()
    w = asyncio.create_task(waiter(cond), name="waiter")
    await asyncio.sleep(0)
    await cond.acquire()
    log("main holds the lock")
    await asyncio.sleep(0.1)
    w.cancel()
    await asyncio.sleep(0.2)
    log("waiter still inside", w.done(), loop.time())
    cond.release()
    try:
        await w
    except asyncio.CancelledError:
        log("waiter ended", w.cancelled(), cond.locked(), loop.time())
