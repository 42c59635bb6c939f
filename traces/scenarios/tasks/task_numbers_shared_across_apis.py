"""Every API that creates a task draws from the same Task-N counter, in call order.

ensure_future() of a coroutine and gather() of a coroutine each make a
numbered task; asyncio.create_task(name=...) uses a number it does not
show; loop.create_task(name=...) uses none.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.get_name
features: tasks, ensure_future, gather, current_task
"""
import asyncio
from loopspec import log


async def job():
    return asyncio.current_task().get_name()


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.ensure_future(job())
    b = asyncio.create_task(job(), name="named")
    c = loop.create_task(job(), name="loop-named")
    g = asyncio.gather(job())
    d = asyncio.create_task(job())
    log("tasks", a, b, c, d)
    r = await g
    log("gather child", r)
    await a
    await b
    await c
    await d
