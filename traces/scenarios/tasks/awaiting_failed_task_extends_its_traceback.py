"""Awaiting a failed task raises its exception with the task's traceback once; later retrievals start it afresh.

The exception object is shared: raising it in the awaiting coroutine
puts that coroutine's frame in front of the task's frames, and
get_stack() of the failed task, which walks the exception's traceback,
shows it too (at the line the awaiting frame is at now). A task gives
its saved traceback back only on the first retrieval that raises; the
next `await` or result() raises the exception with no traceback but
the frame it is raised in.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.get_stack
features: tasks, exceptions, sleep
"""
import asyncio
from loopspec import log


def frames(task):
    return [(f.f_code.co_name, f.f_lineno) for f in task.get_stack()]


def parse(text):
    return int(text)


async def worker(text):
    await asyncio.sleep(0.1)
    return parse(text)


async def main():
    t = asyncio.create_task(worker("x"), name="worker")
    await asyncio.sleep(1)
    log("failed", frames(t))
    try:
        await t
    except ValueError:
        log("after the first await", frames(t))
    try:
        t.result()
    except ValueError:
        log("after result()", frames(t))
    log("unchanged by exception()", repr(t.exception()), frames(t))
