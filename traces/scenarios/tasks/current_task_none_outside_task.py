"""current_task(loop) is None outside a task and the running task inside one.

Before and after run_until_complete() no task is running on the loop;
the coroutine handed to run_until_complete() is wrapped into Task-1 and
sees itself as the current task.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.current_task
features: current_task, run_until_complete, tasks
"""
import asyncio
from loopspec import log


async def job():
    t = asyncio.current_task()
    log("inside", t, t.get_name())
    return t.get_name()


def scenario(loop):
    log("before", asyncio.current_task(loop))
    r = loop.run_until_complete(job())
    log("after", asyncio.current_task(loop), r)
