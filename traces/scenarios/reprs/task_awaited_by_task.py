"""A task awaited by another lists the awaiting task's wakeup among its callbacks.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: reprs, tasks, sleep
"""
import asyncio
from loopspec import log


async def inner():
    await asyncio.sleep(1)
    return 1


async def outer(t):
    return await t


async def main():
    a = asyncio.create_task(inner(), name="inner")
    b = asyncio.create_task(outer(a), name="outer")
    await asyncio.sleep(0)
    log(repr(a))
    log(repr(b))
    await b
