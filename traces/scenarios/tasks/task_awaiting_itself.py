"""A task that awaits itself is woken with RuntimeError('Task cannot await on itself: ...').

`await t` inside t's own coroutine yields t to t's step, which cannot
wait for its own end: it schedules its next step with a RuntimeError
naming the task, raised at the `await`. The task goes on from there and
ends normally.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: tasks, exceptions, reprs, call_soon
"""
import asyncio
from loopspec import log


async def worker():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_soon(log, "callback queued before the step")
    try:
        await me
        log("not reached")
    except RuntimeError as e:
        log("caught", e)
    return "finished"


async def main():
    t = asyncio.create_task(worker(), name="self-awaiter")
    await asyncio.sleep(0.1)
    log(t.done(), t.result())
