"""Under `async for`, as_completed() yields the very task and future objects it was given.

A task and a plain future are passed in; each item compares `is` to one of
them. The plain `for` form of the same call yields new coroutines instead,
which are none of them (their results are sorted: both inputs are done, so
they complete in the order of a set).

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.as_completed
features: as_completed, as_completed_async, tasks, futures, call_later, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def job():
    await asyncio.sleep(0.1)
    return "task result"


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(job())
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "future result")
    async for x in asyncio.as_completed([task, fut]):
        log("is task", x is task, "is fut", x is fut, await x, loop.time())
    results = []
    for aw in asyncio.as_completed([task, fut]):
        log("plain item is task", aw is task, "is fut", aw is fut)
        results.append(await aw)
    log("plain results", sorted(results))
