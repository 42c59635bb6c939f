"""Tasks made for you copy the context current when they are made: gather wraps its coroutines at the call, wait_for only once awaited.

wait_for is itself a coroutine, so its task is made when the await starts,
after the set that follows the call. TaskGroup.create_task and
ensure_future copy at their call. A child sees what the parent had set by
then and nothing later, and its own sets stay in its copy.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: contextvars, gather, wait_for, taskgroup, ensure_future, sleep
"""
import asyncio
from contextvars import ContextVar
from loopspec import log

LEVEL = ContextVar("level", default=0)


async def child(tag, delay):
    seen = LEVEL.get()
    LEVEL.set(seen + 100)
    await asyncio.sleep(delay)
    log(tag, seen, LEVEL.get())
    return seen


async def main():
    LEVEL.set(1)
    g = asyncio.gather(child("gather a", 0.1), child("gather b", 0.2))
    LEVEL.set(2)
    log("gathered", await g)
    w = asyncio.wait_for(child("wait_for", 0.1), 1)
    LEVEL.set(3)
    log("wait_for", await w)
    async with asyncio.TaskGroup() as tg:
        first = tg.create_task(child("group first", 0.1))
        LEVEL.set(4)
        second = tg.create_task(child("group second", 0.2))
        LEVEL.set(5)
    log("group", first.result(), second.result())
    f = asyncio.ensure_future(child("ensure_future", 0.1))
    LEVEL.set(6)
    log("ensure_future", await f, "main", LEVEL.get())
