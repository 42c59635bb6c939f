"""A task factory set with loop.set_task_factory makes the tasks of create_task, ensure_future, gather and TaskGroup.

The factory is called as factory(loop, coro) and what it returns is the
task. A name given to create_task is applied to that task afterwards; with
no name, 3.13.0 still applies one, 'None' (CPython gh-130033, a bug of
that release), where 3.11 and 3.12 keep the factory's `Task-N`.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.set_task_factory
features: task_factory, tasks, ensure_future, gather, taskgroup
"""
import asyncio
from loopspec import log

made = []


def factory(loop, coro):
    task = asyncio.Task(coro, loop=loop)
    made.append(task.get_name())
    return task


async def job(v):
    return v


async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    a = asyncio.create_task(job(1))
    b = asyncio.create_task(job(2), name="named")
    c = asyncio.ensure_future(job(3))
    log("names", a.get_name(), b.get_name(), c.get_name())
    log("gather", await asyncio.gather(job(4), job(5)))
    async with asyncio.TaskGroup() as tg:
        d = tg.create_task(job(6))
    log("group task", d.get_name())
    log("factory made", made)
    await a
    await b
    await c
