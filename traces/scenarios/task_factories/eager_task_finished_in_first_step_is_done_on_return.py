"""An eager task whose coroutine never suspends comes back from create_task already done.

Its result can be read at once, it is not among all_tasks(), and awaiting
it does not yield to the loop: a callback scheduled just before still
waits.

spec: https://docs.python.org/3.12/library/asyncio-task.html#eager-task-factory
features: eager_tasks, task_factory, tasks, all_tasks, call_soon
python: 3.12
"""
import asyncio
from loopspec import log


async def compute(x):
    log("computing", x)
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(compute(21))
    log("done at once", t.done(), t.result())
    log("pending tasks", len(asyncio.all_tasks()))
    loop.call_soon(log, "callback")
    value = await t
    log("awaited", value)
    await asyncio.sleep(0)
    log("end")
