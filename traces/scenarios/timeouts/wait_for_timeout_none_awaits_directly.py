"""wait_for(aw, None) awaits a coroutine directly in the caller's task; with a timeout it wraps it in a new task.

With timeout=None there is no deadline and no wrapping task: the coroutine
sees the caller (Task-1) as its current task. With a number it runs in a task
of its own (Task-2), even when it finishes long before the deadline.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, current_task, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def where(tag):
    log(tag, "runs in", asyncio.current_task())
    await asyncio.sleep(0.5)
    return tag


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.wait_for(where("no timeout"), None)
    log("got", r, loop.time())
    r = await asyncio.wait_for(where("with timeout"), 10)
    log("got", r, loop.time())
