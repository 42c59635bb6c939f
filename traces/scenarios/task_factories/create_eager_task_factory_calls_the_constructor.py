"""create_eager_task_factory(ctor) makes a factory that calls ctor(coro, loop=, name=, context=, eager_start=True).

A scenario's own constructor sees exactly those keywords, with the name
and context None when create_task gave none; the task it returns is what
create_task returns. The Runner's clean-up makes its tasks through the
factory too, with the loop stopped, so they start lazily.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.create_eager_task_factory
features: eager_tasks, task_factory, tasks
python: 3.12
"""
import asyncio
from loopspec import log


def make_task(coro, loop=None, name=None, context=None, eager_start=False):
    log("constructor", name, context, eager_start, loop.is_running())
    return asyncio.Task(coro, loop=loop, name=name, context=context, eager_start=eager_start)


async def child():
    log("child runs")
    return "done"


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.create_eager_task_factory(make_task))
    t = asyncio.create_task(child())
    log("made", t.done(), t.result())
    u = loop.create_task(child(), name="named")
    log("named", u.get_name())
