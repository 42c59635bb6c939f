"""With eager_task_factory, create_task runs the coroutine's first step at once, before it returns.

The body runs up to its first suspension inside the create_task call; the
rest is scheduled as for any task. Without the factory the same program
starts the child one iteration later.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.eager_task_factory
features: eager_tasks, task_factory, tasks, sleep
python: 3.12
"""
import asyncio
from loopspec import log


async def child(tag):
    log("child starts", tag)
    await asyncio.sleep(0)
    log("child resumes", tag)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    log("before create")
    t = asyncio.create_task(child("eager"))
    log("after create", t.done())
    loop.set_task_factory(None)
    u = asyncio.create_task(child("lazy"))
    log("after lazy create", u.done())
    await t
    await u
    log("end")
