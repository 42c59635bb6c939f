"""A job's time.sleep takes virtual time alongside the loop's timers; at a tie the job's wake-up comes first.

The job sleeps 1 s while tasks sleep 0.5 s, 1 s and 1.5 s. When the
loop would wait for its 1 s timer, the sleeping job is due by then: the
clock moves to its wake time and it runs first, so the callback it
queues (the copy of its result) is ready before the timer that falls due
at the same time (docs/outside-world.md#select, step 3).

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, sleep, time, tasks, gather, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job():
    time.sleep(1)
    log("job wakes")
    return "job"


async def napper(loop, seconds):
    await asyncio.sleep(seconds)
    log("napper", seconds, "wakes at", loop.time())


async def worker(loop):
    result = await loop.run_in_executor(None, job)
    log(result, "done at", loop.time())


async def body():
    loop = asyncio.get_running_loop()
    await asyncio.gather(napper(loop, 0.5), napper(loop, 1), worker(loop), napper(loop, 1.5))


def scenario():
    asyncio.run(body())
