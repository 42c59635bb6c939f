"""asyncio.run() cancels a task still pending when the main coroutine returns.

The leftover task receives CancelledError at its await, may log and clean up,
and its cancellation does not change asyncio.run's return value.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: asyncio_run, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def background():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("background cancelled", asyncio.get_running_loop().time())
        raise


async def main_coro():
    asyncio.create_task(background(), name="background")
    await asyncio.sleep(0.1)
    return "main result"


def scenario(loop):
    result = asyncio.run(main_coro())
    log("run returned", result)
