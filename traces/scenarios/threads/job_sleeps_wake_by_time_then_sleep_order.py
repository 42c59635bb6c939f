"""Sleeping jobs wake in order of wake time, and jobs due at the same time in the order they went to sleep.

Four jobs start in one select. Two go to sleep for 1 s in submission
order, one for 0.5 s, one for 0 s (which still parks: it wakes in the
next step 3 without moving the clock). docs/outside-world.md#threads.

spec: https://docs.python.org/3.11/library/time.html#time.sleep
features: threads, time, gather, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job(name, seconds):
    log("job", name, "sleeps", seconds)
    time.sleep(seconds)
    log("job", name, "wakes")
    return name


async def report(loop, fut):
    name = await fut
    log(name, "done at", loop.time())


async def body():
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, job, name, seconds)
               for name, seconds in (("one", 1), ("half", 0.5), ("other one", 1), ("zero", 0))]
    await asyncio.gather(*[report(loop, fut) for fut in futures])


def scenario():
    asyncio.run(body())
