"""wait_for() returns the inner result as soon as it is ready, and its timeout timer is cancelled.

The result arrives at 0.1 with a 1.0 timeout. Sleeping past the old deadline
shows that nothing fires later; an exception of the inner coroutine propagates
unchanged in the same way.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, exceptions, sleep, time
"""
import asyncio
from loopspec import log


async def compute(v, delay):
    await asyncio.sleep(delay)
    log("compute done", v)
    return v * 2


async def fail(delay):
    await asyncio.sleep(delay)
    raise KeyError("missing")


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.wait_for(compute(21, 0.1), timeout=1.0)
    log("result", r, loop.time())
    try:
        await asyncio.wait_for(fail(0.2), timeout=1.0)
    except KeyError as e:
        log("inner error", e, loop.time())
    await asyncio.sleep(2.0)
    log("later", loop.time())
