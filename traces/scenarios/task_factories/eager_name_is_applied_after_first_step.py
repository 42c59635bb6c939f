"""create_task(name=...) with a task factory names the task only after the factory returned it.

So an eager first step sees the default `Task-N` name (the factory's task
took a number), and the given name from its next step on (CPython
gh-128308). Without a name, 3.12 keeps `Task-N`; 3.13.0 sets the name to
'None' after the first step (gh-130033, a bug of that release).

spec: https://docs.python.org/3.12/library/asyncio-eventloop.html#asyncio.loop.create_task
features: eager_tasks, task_factory, tasks, sleep
python: 3.12
"""
import asyncio
from loopspec import log


async def child():
    me = asyncio.current_task()
    log("first step", me.get_name())
    await asyncio.sleep(0)
    log("second step", me.get_name())


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    a = asyncio.create_task(child(), name="worker")
    log("returned", a.get_name())
    b = asyncio.create_task(child())
    log("returned", b.get_name())
    await a
    await b
