"""get_coro() returns the very coroutine object the task wraps, before and after it runs.

Two tasks made from two calls of the same function wrap two different
coroutine objects.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.get_coro
features: tasks
"""
import asyncio
from loopspec import log


async def job(v):
    return v


async def main():
    c = job(1)
    d = job(2)
    t = asyncio.create_task(c)
    u = asyncio.create_task(d)
    log("before", t.get_coro() is c, u.get_coro() is d, t.get_coro() is u.get_coro())
    await t
    await u
    log("after", t.get_coro() is c, t.result(), u.result())
