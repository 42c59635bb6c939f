"""A finished task still returns its coroutine from get_coro(), however it ended.

Whether it returned, raised or was cancelled, get_coro() is the
coroutine object the task was created with.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.get_coro
features: tasks, cancellation, exceptions, sleep
"""
import asyncio
from loopspec import log


async def ok():
    return 1


async def bad():
    raise ValueError("bad")


async def slow():
    await asyncio.sleep(1)


async def main():
    c1 = ok()
    c2 = bad()
    c3 = slow()
    a = asyncio.create_task(c1)
    b = asyncio.create_task(c2)
    c = asyncio.create_task(c3)
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    log("ended", a.result(), b.exception(), c.cancelled())
    log("get_coro", a.get_coro() is c1, b.get_coro() is c2, c.get_coro() is c3)
