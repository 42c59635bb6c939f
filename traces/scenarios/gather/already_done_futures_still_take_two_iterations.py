"""gather() of futures that are already done does not resolve at once.

Adding a done callback to a done future schedules it for the next
iteration, so the gather future is still pending right after gather()
returns; the callbacks complete it in the first iteration and the
caller resumes in the second, as the ticker shows.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, futures, sleep
"""
import asyncio
from loopspec import log


async def ticker():
    for i in range(4):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    a = loop.create_future()
    a.set_result(1)
    b = loop.create_future()
    b.set_result(2)
    g = asyncio.gather(a, b)
    log("pending right after gather()", g.done())
    r = await g
    log("results", r)
    await t
