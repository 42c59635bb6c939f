"""A bad yield that the coroutine does not catch fails its task with the RuntimeError.

The task made for the coroutine awaits an object whose `__await__`
returns an `enumerate` object: its first item, a tuple, reaches the task,
which throws RuntimeError('Task got bad yield: (0, ...)') back in. Nothing
catches it, so the task ends with that exception; the second item is never
taken.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task
features: tasks, exceptions
"""
import asyncio
from loopspec import log


class Steps:
    def __init__(self, names):
        self.names = names

    def __await__(self):
        return enumerate(self.names)


async def worker():
    log("worker starts")
    await Steps(["a", "b"])
    log("not reached")


async def main():
    t = asyncio.create_task(worker(), name="worker")
    try:
        await t
    except RuntimeError as e:
        log("awaiting the task raised", e)
    log(t.done(), t.exception())
