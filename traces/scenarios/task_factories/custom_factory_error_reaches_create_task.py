"""An exception raised by the task factory comes out of create_task; no task is made.

The next successful call numbers its task as if nothing happened in
between, since the factory failed before making one.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.set_task_factory
features: task_factory, tasks, exceptions
"""
import asyncio
from loopspec import log

refuse = [True]


def factory(loop, coro):
    if refuse[0]:
        coro.close()
        raise RuntimeError("factory refused")
    return asyncio.Task(coro, loop=loop)


async def job():
    log("job runs")


async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    try:
        asyncio.create_task(job())
    except RuntimeError as e:
        log("create_task raised", e)
    refuse[0] = False
    t = asyncio.get_running_loop().create_task(job(), name="second")
    await t
    log("tasks so far", len(asyncio.all_tasks()))
