"""asyncio.Task(...) makes a task directly: the loop's task factory is not consulted.

Only loop.create_task (and what calls it) goes through the factory; a
task made with the constructor starts in the next iteration like any other.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: task_factory, tasks, sleep
"""
import asyncio
from loopspec import log


def factory(loop, coro):
    log("factory called")
    return asyncio.Task(coro, loop=loop)


async def job(tag):
    log("job", tag)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(factory)
    t = asyncio.Task(job("direct"), loop=loop, name="direct")
    log("constructed", t.get_name(), t.done())
    await t
    await loop.create_task(job("through loop"), name="via")
