"""A task's outcome comes only from its coroutine: set_result() and set_exception() raise RuntimeError.

The task is unaffected and finishes with its own result.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def job():
    await asyncio.sleep(0.1)
    return "own result"


async def main():
    t = asyncio.create_task(job())
    try:
        t.set_result(1)
    except RuntimeError as e:
        log("set_result", e)
    try:
        t.set_exception(ValueError("x"))
    except RuntimeError as e:
        log("set_exception", e)
    r = await t
    log("result", r)
