"""ensure_future() wraps a coroutine into a new scheduled task with a default name.

The result is a Task named Task-2 whose get_coro() is the coroutine; it
runs like one made by create_task().

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.ensure_future
features: ensure_future, tasks, all_tasks
"""
import asyncio
from loopspec import log


async def job():
    log("job runs")
    return "ok"


async def main():
    c = job()
    t = asyncio.ensure_future(c)
    log("task", t, t.get_coro() is c, t in asyncio.all_tasks())
    r = await t
    log("result", r)
