"""A running task's repr gives the line its coroutine is executing.

The outer coroutine's line counts, not that of a coroutine it awaits.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.current_task
features: reprs, tasks, current_task
"""
import asyncio
from loopspec import log


async def helper():
    log("inside helper", repr(asyncio.current_task()))


async def job():
    log("in job", repr(asyncio.current_task()))
    await helper()


async def main():
    await asyncio.create_task(job(), name="job")
