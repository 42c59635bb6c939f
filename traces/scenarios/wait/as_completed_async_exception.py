"""A task that fails is yielded by `async for` like any other: the error stays in it until awaited.

The failing task comes out first; `exception()` shows the error and awaiting
it raises. The `async for` itself is not interrupted and yields the good task
next.

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.as_completed
features: as_completed, as_completed_async, exceptions, tasks, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def bad():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def good():
    await asyncio.sleep(0.2)
    return "ok"


async def main():
    loop = asyncio.get_running_loop()
    b = asyncio.create_task(bad(), name="bad")
    g = asyncio.create_task(good(), name="good")
    async for t in asyncio.as_completed([b, g]):
        log("yielded", t.get_name(), loop.time(), repr(t.exception()))
        try:
            log("value", await t)
        except ValueError as e:
            log("await raised", e)
