"""loop.time() read in a job gives the loop's clock, which the job's own sleep moves.

The job reads the clock, sleeps 2 s and reads it again: when the loop
has nothing else to do, the clock jumps to the job's wake time
(docs/outside-world.md#select, step 3), so the second reading is 2 s on.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.time
features: threads, time, sleep, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job(loop):
    before = loop.time()
    time.sleep(2)
    after = loop.time()
    return before, after


async def body():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(1)
    before, after = await loop.run_in_executor(None, job, loop)
    log("job read", before, "then", after, "; loop at", loop.time())


def scenario():
    asyncio.run(body())
