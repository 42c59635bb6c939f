"""A task that failed lists the frames of its exception's traceback, from the coroutine down to where it was raised.

When the coroutine has ended with an exception, Task.get_stack() walks
the exception's `__traceback__`: the task's coroutine first, then each
frame the exception came up through (coroutines awaited inline and
plain functions alike), each at the line it was at. limit=N keeps the
first N of them, the oldest.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.get_stack
features: tasks, exceptions, sleep
"""
import asyncio
from loopspec import log


def check(value):
    if value > 2:
        raise ValueError("too big", value)
    return value


async def step(value):
    await asyncio.sleep(0.1)
    return check(value)


async def worker():
    total = 0
    for value in [1, 2, 3]:
        total += await step(value)
    return total


async def main():
    t = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(1)
    log(t.done(), repr(t.exception()))
    for limit in [None, 2, 0]:
        log(limit, [(f.f_code.co_name, f.f_lineno) for f in t.get_stack(limit=limit)])
