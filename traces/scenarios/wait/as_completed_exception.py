"""as_completed() raises a failed task's exception from the await for it, and the iteration can go on.

The failure at 0.2 is raised by the second await; the loop catches it and
still gets the third result at 0.3.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed, exceptions, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def broken(delay):
    await asyncio.sleep(delay)
    raise KeyError("lost")


async def main():
    loop = asyncio.get_running_loop()
    tasks = [
        asyncio.create_task(job("a", 0.3), name="a"),
        asyncio.create_task(broken(0.2), name="bad"),
        asyncio.create_task(job("c", 0.1), name="c"),
    ]
    for aw in asyncio.as_completed(tasks):
        try:
            r = await aw
            log("got", r, loop.time())
        except KeyError as e:
            log("failed", e, loop.time())
