"""A coroutine that calls time.sleep holds up every other task for that long.

The sleeping task's own clock readings move by the time slept; a task
whose asyncio.sleep ended meanwhile wakes only after the blocking call
returns and the coroutine yields.

spec: https://docs.python.org/3.11/library/asyncio-dev.html#running-blocking-code
features: threads, tasks, sleep, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


async def blocker():
    loop = asyncio.get_running_loop()
    log("before", loop.time())
    time.sleep(0.5)
    log("after", loop.time())
    await asyncio.sleep(0)
    log("yielded", loop.time())


async def sleeper():
    await asyncio.sleep(0.2)
    log("sleeper woke at", asyncio.get_running_loop().time())


async def body():
    await asyncio.gather(sleeper(), blocker())


def scenario():
    asyncio.run(body())
