"""gather() wraps coroutines into tasks in argument order, taking default names Task-N.

main is Task-1; an existing task passed to gather keeps its name and its
place, and the coroutines around it become Task-3 and Task-4. The
existing task was scheduled first, so it runs first; the wrapped
coroutines follow in argument order.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, current_task
"""
import asyncio
from loopspec import log


async def job(v):
    me = asyncio.current_task()
    log("job", v, me.get_name())
    return me.get_name()


async def main():
    t = asyncio.create_task(job("existing"))
    r = await asyncio.gather(job("first"), t, job("last"))
    log("names", r)
