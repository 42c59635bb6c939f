"""A task cancelled before its first step never runs any of its body.

create_task() only schedules the first step. cancel() before that step
returns True and leaves the task pending; the step, on the next loop
iteration, throws CancelledError into the unstarted coroutine, so not even
the first line of the body runs, and the task ends cancelled.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def body():
    log("body runs")
    return 1


async def main():
    t = asyncio.create_task(body())
    log("cancel", t.cancel())
    log("pending", t.done(), t.cancelled(), t.cancelling())
    await asyncio.sleep(0)
    log("one iteration later", t.done(), t.cancelled(), t.cancelling())
