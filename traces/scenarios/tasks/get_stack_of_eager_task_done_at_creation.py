"""An eager task that ended in its first step has no coroutine left: its stack is its exception's traceback, or empty.

A task started with `eager_start=True` runs its first step inside the
constructor; when the coroutine ends there, the task lets go of it
(docs/versions.md#eager-tasks). get_stack() then has no coroutine frame
to look at: a task that failed lists the frames of its exception's
traceback, one that returned lists nothing.

spec: https://docs.python.org/3.12/library/asyncio-task.html#asyncio.Task.get_stack
features: tasks, eager_tasks, exceptions
python: 3.12
"""
import asyncio
from loopspec import log


def check(n):
    if n < 0:
        raise ValueError("negative", n)
    return n


async def quick(n):
    return check(n)


async def main():
    loop = asyncio.get_running_loop()
    ok = asyncio.Task(quick(1), loop=loop, name="ok", eager_start=True)
    bad = asyncio.Task(quick(-1), loop=loop, name="bad", eager_start=True)
    log(ok.get_stack())
    log(repr(bad.exception()))
    log([(f.f_code.co_name, f.f_lineno) for f in bad.get_stack()])
