"""`await (await f())` awaits what the first await returned: here a task, then a future.

The outer await starts only when the inner has returned its value; awaiting
something that is not awaitable is a TypeError naming its type.

spec: https://docs.python.org/3.11/reference/expressions.html#await-expression
features: tasks, futures, sleep, time, exceptions
"""
import asyncio
from loopspec import log


async def leaf():
    await asyncio.sleep(0.1)
    return "leaf"


async def make_task():
    await asyncio.sleep(0.1)
    return asyncio.create_task(leaf())


async def make_future():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "future")
    return fut


async def plain():
    return 42


async def main():
    loop = asyncio.get_running_loop()
    log("task", await (await make_task()), loop.time())
    log("future", await (await make_future()), loop.time())
    try:
        await (await plain())
    except TypeError as e:
        log("not awaitable", e)
