"""An exception in an eager first step does not reach create_task's caller: the task is done with it.

The creator keeps running; the error is what the task holds, raised again
by awaiting it. A BaseException such as CancelledError raised in the first
step makes the task cancelled instead.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.create_eager_task_factory
features: eager_tasks, task_factory, tasks, exceptions, cancellation
python: 3.12
"""
import asyncio
from loopspec import log


async def fails():
    log("fails runs")
    raise KeyError("missing")


async def cancels_itself():
    log("cancels_itself runs")
    raise asyncio.CancelledError("gave up")


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(fails())
    log("created", t.done(), repr(t.exception()))
    c = asyncio.create_task(cancels_itself())
    log("cancelled", c.done(), c.cancelled())
    try:
        await t
    except KeyError as e:
        log("await raised", repr(e))
    try:
        await c
    except asyncio.CancelledError as e:
        log("await cancelled", e.args)
