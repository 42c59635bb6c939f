"""`async for` over as_completed() yields the tasks themselves, in the order they finish.

Three tasks finishing at 0.3, 0.1 and 0.2 come out as b, c, a, each at its own
finishing time and already done, so result() needs no await.

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.as_completed
features: as_completed, as_completed_async, tasks, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job(0.3), name="a")
    b = asyncio.create_task(job(0.1), name="b")
    c = asyncio.create_task(job(0.2), name="c")
    async for t in asyncio.as_completed([a, b, c]):
        log(t.get_name(), t.done(), t.result(), loop.time())
    log("loop ended", loop.time())
