"""wait_for() with timeout 0 on a coroutine wraps it in a task, cancels it before its first step, and raises TimeoutError.

The coroutine body never runs: the task is cancelled before the loop ever
steps it. The wrapping task still takes a number (Task-2), so the next task
created is Task-3.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, cancellation, tasks, time
"""
import asyncio
from loopspec import log


async def body():
    log("body ran")
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        r = await asyncio.wait_for(body(), 0)
        log("returned", r)
    except TimeoutError as e:
        log("timeout", e, loop.time())
    t = asyncio.create_task(body())
    await t
    log("next task", t)
