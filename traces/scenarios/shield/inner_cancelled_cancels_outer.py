"""Cancelling the shielded task itself cancels the awaiting side too: shield protects only against outer cancellation.

The awaiting task gets CancelledError one iteration after the inner task
ends cancelled, and ends cancelled itself.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.shield
features: shield, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def inner_work():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("inner cancelled")
        raise


async def caller(inner):
    try:
        await asyncio.shield(inner)
    except asyncio.CancelledError:
        log("caller sees CancelledError", inner.cancelled())
        raise


async def main():
    loop = asyncio.get_running_loop()
    inner = asyncio.create_task(inner_work(), name="inner")
    c = asyncio.create_task(caller(inner), name="caller")
    await asyncio.sleep(0.1)
    inner.cancel()
    await asyncio.sleep(0)
    log("after 1 iteration", inner.cancelled(), c.done())
    await asyncio.sleep(0)
    log("after 2 iterations", c.done())
    await asyncio.sleep(0)
    log("after 3 iterations", c.done(), c.cancelled(), loop.time())
