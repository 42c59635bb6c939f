"""wait_for() on a coroutine that returns at once resumes its caller three loop iterations later.

Iteration 1 runs the wrapping task (the coroutine returns); iteration 2 runs
the task's done-callback, which releases wait_for's internal waiter;
iteration 3 resumes the caller. A ticker task logging once per iteration
shows the count: the result is logged after tick 2.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, tasks, sleep
"""
import asyncio
from loopspec import log


async def quick():
    log("quick runs")
    return "fast"


async def ticker(n):
    for i in range(n):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    tk = asyncio.create_task(ticker(5), name="ticker")
    r = await asyncio.wait_for(quick(), 1.0)
    log("wait_for returned", r)
    await tk
