"""gather over coroutines that finish eagerly is done before gather returns, so awaiting it does not yield.

Each coroutine becomes an eager task that completes inside gather's call
to create_task; gather counts the finished children and completes its
outer future at once. A child that suspends keeps the gather pending.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.gather
features: eager_tasks, task_factory, gather, call_soon, sleep
python: 3.12
"""
import asyncio
from loopspec import log


async def value(v):
    log("value", v)
    return v


async def slow(v):
    log("slow starts", v)
    await asyncio.sleep(0)
    log("slow ends", v)
    return v


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    loop.call_soon(log, "callback")
    g = asyncio.gather(value(1), value(2))
    log("gather done", g.done())
    log("results", await g)
    h = asyncio.gather(value(3), slow(4))
    log("second gather done", h.done())
    log("results", await h)
