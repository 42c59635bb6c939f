"""A task that cancels itself during its eager first step is cancelled at its first suspension.

The cancel request is recorded (cancelling() is 1) and delivered when the
coroutine next awaits; the creator sees the task pending in between.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.Task.cancel
features: eager_tasks, task_factory, cancellation, sleep
python: 3.12
"""
import asyncio
from loopspec import log


async def self_cancelling():
    me = asyncio.current_task()
    me.cancel("from within")
    log("requested", me.cancelling())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        log("delivered", e.args)
        raise


async def main():
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(self_cancelling())
    log("after create", t.done())
    try:
        await t
    except asyncio.CancelledError:
        log("task cancelled", t.cancelled())
