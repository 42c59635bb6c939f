"""A task whose coroutine yields something that is not a future wakes it with RuntimeError('Task got bad yield: ...').

An object's `__await__` may return any iterator; `await` passes what it
yields up to the task. Here it is a `zip` object, whose items are tuples.
The task does not fail: it schedules its next step with a RuntimeError
naming the yielded value, so a callback queued before that step runs
first, and the error is raised at the `await` (the iterator has no
`throw()`), where the coroutine catches it and goes on.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: tasks, exceptions, call_soon, sleep
"""
import asyncio
from loopspec import log


class Ticks:
    def __init__(self, items):
        self.items = items

    def __await__(self):
        return zip(self.items)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback queued before the await")
    try:
        got = await Ticks([5, 6])
        log("not reached", got)
    except RuntimeError as e:
        log("caught", e)
    await asyncio.sleep(0.1)
    log("task goes on", loop.time())
