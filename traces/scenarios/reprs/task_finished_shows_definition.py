"""A finished task's coroutine is done: the repr gives the line it was defined at, then the result or exception.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: reprs, tasks, exceptions
"""
import asyncio
from loopspec import log


async def ok():
    return "fine"


async def fails():
    raise KeyError("k")


async def main():
    good = asyncio.create_task(ok(), name="good")
    bad = asyncio.create_task(fails(), name="bad")
    await asyncio.sleep(0)
    log(repr(good))
    log(repr(bad))
    log("retrieved", type(bad.exception()).__name__)
