"""A cancelled task may await inside finally; it ends cancelled once the finally completes.

The clean-up sleep runs normally (no second CancelledError is thrown), so
the task stays pending until 0.1, and `await t` raises CancelledError
only then.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-cancellation
features: tasks, cancellation, sleep, time
"""
import asyncio
from loopspec import log


async def work():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(1)
    finally:
        log("cleanup starts", loop.time())
        await asyncio.sleep(0.1)
        log("cleanup ends", loop.time())


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    log("after one iteration", t.done())
    try:
        await t
    except asyncio.CancelledError:
        log("cancelled at", loop.time(), t.cancelled())
