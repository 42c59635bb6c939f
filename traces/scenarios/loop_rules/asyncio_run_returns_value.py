"""asyncio.run() runs a coroutine on a fresh loop and returns its result.

Each call makes its own loop, whose clock starts at 0.0; an exception from the
coroutine propagates out of asyncio.run, and no loop is running afterwards.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: asyncio_run, sleep, time, exceptions, event_loop_policy
"""
import asyncio
from loopspec import log


async def compute(x, delay):
    await asyncio.sleep(delay)
    log("computing", x, asyncio.get_running_loop().time())
    return x * 2


async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("inside run")


def scenario(loop):
    first = asyncio.run(compute(10, 0.2))
    second = asyncio.run(compute(20, 0.1))
    log("results", first, second)
    try:
        asyncio.run(fail())
    except ValueError as e:
        log("propagated", e)
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        log("no running loop", e)
