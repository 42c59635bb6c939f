"""A coroutine given to as_completed() is wrapped in a new task, and `async for` yields that task.

A future and a coroutine go in. The future comes back as itself; the
coroutine comes back as a Task that was not in the input, named by the loop's
counter, whose result is the coroutine's return value.

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.as_completed
features: as_completed, as_completed_async, tasks, futures, call_later, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def job():
    await asyncio.sleep(0.1)
    return "from coroutine"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "from future")
    coro = job()
    async for x in asyncio.as_completed([fut, coro]):
        log(type(x).__name__, x is fut, x is coro, x.result(), loop.time())
