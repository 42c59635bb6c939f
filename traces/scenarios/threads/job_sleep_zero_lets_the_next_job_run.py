"""A job's time.sleep(0) parks it: the next runnable job runs first, and the sleeper waits for a later select.

Two jobs start in the same select. The first sleeps 0 s, which parks it
at the current time; the second then runs to its end in the same step.
Its result makes the loop's ready queue non-empty, so select returns
without waking sleepers; the first job wakes only when the loop would
wait again (docs/outside-world.md#threads-built, step 3 in detail).

spec: https://docs.python.org/3.11/library/time.html#time.sleep
features: threads, time, gather, asyncio_run
"""
import asyncio
import time
from loopspec import log


def yielding():
    log("first job sleeps 0")
    time.sleep(0)
    log("first job goes on")
    return "first"


def straight():
    log("second job runs")
    return "second"


def done(fut):
    log("done:", fut.result())


async def body():
    loop = asyncio.get_running_loop()
    a = loop.run_in_executor(None, yielding)
    b = loop.run_in_executor(None, straight)
    a.add_done_callback(done)
    b.add_done_callback(done)
    log(await asyncio.gather(a, b), "at", loop.time())


def scenario():
    asyncio.run(body())
