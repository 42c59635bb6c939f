"""The same coroutine object passed twice to gather() runs once; its result appears twice.

gather() keys its children by argument, so a repeated awaitable maps to
the one task already made for it: the body logs once, one task name is
used, and the result list still has one entry per argument.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, current_task
"""
import asyncio
from loopspec import log


async def job():
    log("job runs in", asyncio.current_task())
    return "x"


async def main():
    c = job()
    r = await asyncio.gather(c, c, job())
    log("results", r)
