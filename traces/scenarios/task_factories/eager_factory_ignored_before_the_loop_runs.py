"""A task made while its loop is not running starts lazily even with eager_task_factory.

The eager start needs a running loop: created before run_until_complete,
the task's first step is scheduled and runs in the loop's first iteration,
after a callback scheduled before it. The main task of run_until_complete
is such a task too.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.eager_task_factory
features: eager_tasks, task_factory, run_until_complete, call_soon
python: 3.12
"""
import asyncio
from loopspec import log


async def child():
    log("child runs")
    return "child"


async def main_coro(early):
    log("main runs", early.done())
    late = asyncio.get_running_loop().create_task(child())
    log("late done at once", late.done())
    return await early


def scenario(loop):
    loop.set_task_factory(asyncio.eager_task_factory)
    loop.call_soon(log, "callback")
    early = loop.create_task(child())
    log("early done", early.done())
    log("result", loop.run_until_complete(main_coro(early)))
