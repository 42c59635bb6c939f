"""A child that ends cancelled does not abort the TaskGroup: the others keep running and the group exits normally.

The child is cancelled from outside at 0.1; its sibling still finishes at 0.3
and no exception leaves the block.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, cancellation, call_later, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log(name, "cancelled", asyncio.get_running_loop().time())
        raise
    log(name, "finished", asyncio.get_running_loop().time())
    return name


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 1.0))
        b = tg.create_task(job("b", 0.3))
        loop.call_later(0.1, a.cancel)
    log("group done", loop.time(), a.cancelled(), b.result())
