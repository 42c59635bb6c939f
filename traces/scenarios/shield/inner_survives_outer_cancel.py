"""Cancelling a task that awaits shield(task) interrupts that task at once; the shielded task keeps running.

The caller is cancelled at 0.1 and sees CancelledError in the next loop
iteration; the inner task is untouched and completes at 0.3 with its result.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.shield
features: shield, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def precious():
    await asyncio.sleep(0.3)
    log("precious finished", asyncio.get_running_loop().time())
    return "saved"


async def caller(inner):
    try:
        r = await asyncio.shield(inner)
        log("caller got", r)
    except asyncio.CancelledError:
        log("caller cancelled", asyncio.get_running_loop().time(), inner.done())
        raise


async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(precious(), name="precious")
    c = asyncio.create_task(caller(inner), name="caller")
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.sleep(0)
    log("caller", c.cancelled(), "inner", inner.cancelled(), inner.done())
    r = await inner
    log("inner result", r, loop.time())
