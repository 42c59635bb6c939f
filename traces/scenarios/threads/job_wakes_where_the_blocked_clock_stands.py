"""A job whose wake time passed while the loop's thread slept wakes where the clock stands.

The job goes to sleep for 1 s; a callback on the loop's thread then calls
time.sleep(3), which moves the clock to 3 with nothing else running. When
the loop next waits, the sleeper is already due: it wakes at once, and the
clock never goes back to its wake time (docs/outside-world.md#threads-built,
step 3 in detail).

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, call_soon, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job():
    log("job sleeps")
    time.sleep(1)
    log("job wakes")
    return "late"


def block(loop):
    log("loop blocks at", loop.time())
    time.sleep(3)
    log("loop unblocks at", loop.time())


async def body():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, job)
    await asyncio.sleep(0)
    loop.call_soon(block, loop)
    result = await fut
    log(result, "at", loop.time())


def scenario():
    asyncio.run(body())
