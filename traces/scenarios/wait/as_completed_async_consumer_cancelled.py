"""Cancelling a task blocked in `async for` over as_completed() cancels only that task; the awaited tasks run on.

The consumer gets the first task at 0.1 and waits for the next; it is
cancelled at 0.15, and CancelledError comes out of the `async for`. The
second task is not cancelled and finishes at 0.3.

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.as_completed
features: as_completed, as_completed_async, cancellation, tasks, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def consumer(tasks):
    loop = asyncio.get_running_loop()
    try:
        async for t in asyncio.as_completed(tasks):
            log("got", t.result(), loop.time())
    except asyncio.CancelledError:
        log("consumer cancelled", loop.time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(0.1)), asyncio.create_task(job(0.3))]
    c = asyncio.create_task(consumer(tasks))
    await asyncio.sleep(0.15)
    c.cancel()
    await asyncio.gather(c, return_exceptions=True)
    log("consumer", c.cancelled(), "second", tasks[1].cancelled())
    log("second result", await tasks[1], loop.time())
