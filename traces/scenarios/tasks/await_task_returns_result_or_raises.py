"""Awaiting a task returns its result or raises its exception in the awaiting task.

The exception raised at the await is the one stored on the task.

spec: https://docs.python.org/3.11/library/asyncio-task.html#awaitables
features: tasks, exceptions, sleep
"""
import asyncio
from loopspec import log


async def ok():
    await asyncio.sleep(0.1)
    return {"answer": 42}


async def bad():
    await asyncio.sleep(0.2)
    raise ValueError("bad input")


async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(bad())
    r = await a
    log("result", r)
    try:
        await b
    except ValueError as e:
        log("raised", e, e is b.exception())
