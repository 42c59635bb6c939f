"""shield() of an already-done task returns that same task, so awaiting it completes without suspending.

A call_soon callback scheduled before the await runs only after the result
has been logged. A shielded task that failed raises its exception the same way.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.shield
features: shield, tasks, call_soon, exceptions, sleep
"""
import asyncio
from loopspec import log


async def value():
    return 7


async def broken():
    raise ValueError("already failed")


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(value(), name="value")
    b = asyncio.create_task(broken(), name="broken")
    await asyncio.sleep(0)
    log("done", t.done(), b.done())
    s = asyncio.shield(t)
    log("same object", s is t)
    loop.call_soon(log, "callback")
    r = await s
    log("result", r)
    try:
        await asyncio.shield(b)
    except ValueError as e:
        log("error", e)
    await asyncio.sleep(0)
    log("end")
