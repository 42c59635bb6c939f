"""A future yielded by an `__await__` iterator, not through its own `__await__`, wakes the task with RuntimeError('yield was used instead of yield from ...').

`Future.__await__` marks the future as blocking before it yields it; an
`__await__` iterator that yields the future itself (here a generator
expression) leaves that mark off. The task sees an unmarked future and,
instead of waiting for it, schedules its next step with a RuntimeError
naming the task and the future, raised at the `await`. The future is left as it was: pending, with no callback.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: tasks, futures, exceptions, reprs, call_soon
"""
import asyncio
from loopspec import log


class Raw:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        return (item for item in [self.fut])


async def worker(fut):
    try:
        await Raw(fut)
        log("not reached")
    except RuntimeError as e:
        log("caught", e)
    log("future after", repr(fut))


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(worker(fut), name="worker")
    loop.call_soon(log, "callback queued before the step")
    await asyncio.sleep(0.1)
    log(t.done(), fut.done())
