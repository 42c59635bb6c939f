"""wait(return_when=FIRST_EXCEPTION) with no failing task behaves like ALL_COMPLETED.

It returns only when the last task is done, at 0.3, with an empty pending set.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.FIRST_EXCEPTION
features: wait, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    log("finished", name)
    return name


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a", 0.2), name="a")
    b = asyncio.create_task(job("b", 0.1), name="b")
    c = asyncio.create_task(job("c", 0.3), name="c")
    done, pending = await asyncio.wait([a, b, c], return_when=asyncio.FIRST_EXCEPTION)
    log("returned at", loop.time(), done, pending)
