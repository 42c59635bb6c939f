"""In 3.13 the plain `for` over as_completed() still yields awaitables whose results come in completion order.

Each item is a new coroutine: awaiting it gives the next result to arrive (or
raises its exception), not the result of any one task. Both forms of the
same iterator object are available; this scenario uses the old one.

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.as_completed
features: as_completed, as_completed_async, tasks, exceptions, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def job(delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(job(0.3)), asyncio.create_task(job(0.1, fail=True)),
             asyncio.create_task(job(0.2))]
    for aw in asyncio.as_completed(tasks):
        log("item is a task", aw in tasks)
        try:
            log("result", await aw, loop.time())
        except ValueError as e:
            log("error", e, loop.time())
