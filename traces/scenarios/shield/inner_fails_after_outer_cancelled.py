"""A shielded task failing after its caller was cancelled keeps its error; the caller can still await it.

The caller is cancelled at 0.1 and handles CancelledError; the inner task is
not cancelled and fails at 0.2. The failure does not reach the exception
handler (no "unhandled" event): the caller, awaiting the task directly from
its cancellation handler, receives the RuntimeError, then ends cancelled.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.shield
features: shield, cancellation, exceptions, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def fragile():
    await asyncio.sleep(0.2)
    log("fragile fails")
    raise RuntimeError("fragile broke")


async def caller(inner):
    loop = asyncio.get_running_loop()
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        log("caller cancelled", inner.done(), loop.time())
        try:
            await inner
        except RuntimeError as e:
            log("caller got inner error", e, loop.time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(fragile(), name="fragile")
    c = asyncio.create_task(caller(inner), name="caller")
    await asyncio.sleep(0.1)
    c.cancel()
    await asyncio.sleep(0.2)
    log("caller", c.done(), c.cancelled(), "inner", inner.cancelled(), inner.exception())
