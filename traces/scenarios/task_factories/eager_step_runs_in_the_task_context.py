"""An eager first step sees the creator's context variables, and what it sets stays in the task's own context.

The task copies the current context when made, as every task does; the
eager step runs in that copy, so the creator's values are unchanged after.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.create_task
features: eager_tasks, task_factory, contextvars, sleep
python: 3.12
"""
import asyncio
import contextvars
from loopspec import log

request = contextvars.ContextVar("request", default="none")


async def handler():
    log("handler sees", request.get())
    request.set("changed by handler")
    await asyncio.sleep(0)
    log("handler still sees", request.get())


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    request.set("r1")
    t = asyncio.create_task(handler())
    log("main sees", request.get())
    await t
    log("main at end", request.get())
