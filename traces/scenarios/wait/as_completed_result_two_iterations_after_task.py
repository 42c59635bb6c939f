"""Each result from as_completed() reaches the caller two loop iterations after its task finished.

The task's done-callback (as_completed's bookkeeping) runs one iteration
after the task and hands the task to an internal queue, which wakes the
caller one iteration later. A ticker task logging once per iteration shows it.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed, tasks, sleep
"""
import asyncio
from loopspec import log


async def quick():
    log("quick runs")
    return "q"


async def ticker(n):
    for i in range(n):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    tk = asyncio.create_task(ticker(5), name="ticker")
    t = asyncio.create_task(quick(), name="quick")
    for aw in asyncio.as_completed([t]):
        r = await aw
        log("as_completed gave", r)
    await tk
