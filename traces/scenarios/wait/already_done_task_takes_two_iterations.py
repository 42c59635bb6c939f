"""wait() on a task that is already done still suspends: it returns two loop iterations later.

The done-callback on an already finished task is scheduled with call_soon, so
the first iteration runs the callback (which wakes the waiter) and the second
resumes the caller. A ticker task that logs once per iteration shows it:
wait() returns after tick 1.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, tasks, sleep, cancellation
"""
import asyncio
from loopspec import log


async def quick():
    return "quick"


async def slow():
    await asyncio.sleep(1)
    return "slow"


async def ticker(n):
    for i in range(n):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    q = asyncio.create_task(quick(), name="quick")
    s = asyncio.create_task(slow(), name="slow")
    await asyncio.sleep(0)
    log("quick done?", q.done())
    tk = asyncio.create_task(ticker(4), name="ticker")
    done, pending = await asyncio.wait([q, s], return_when=asyncio.FIRST_COMPLETED)
    log("wait returned", done, pending)
    await tk
    s.cancel()
