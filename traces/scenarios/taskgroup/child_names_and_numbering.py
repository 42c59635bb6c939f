"""tg.create_task(name=...) names the child, and every child still takes a Task-N number, named or not.

The named child consumes Task-2, so the next unnamed child is Task-3. The
children run in creation order, in the parent's next loop iteration.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup.create_task
features: taskgroup, tasks, current_task
"""
import asyncio
from loopspec import log


async def who():
    t = asyncio.current_task()
    log("running", t, t.get_name())
    return t.get_name()


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(who(), name="fetcher")
        b = tg.create_task(who())
        c = tg.create_task(who(), name="parser")
        d = tg.create_task(who())
        log("created", a, b, c, d)
    log("results", a.result(), b.result(), c.result(), d.result())
    e = asyncio.create_task(who())
    await e
