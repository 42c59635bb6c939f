"""A suspended task's stack is its coroutine's own frame, at the line it waits in; a task that returned has none.

Task.get_stack() lists the frames of the task's coroutine while it has
one: before the first step the frame is at the `def` line, suspended it
is at the statement it awaits in. A coroutine awaited inline by it is
not listed: a suspended frame has no caller, so the stack is that one
frame. Once the coroutine has returned (or the task was cancelled) there
is no frame and get_stack() gives an empty list.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.get_stack
features: tasks, sleep, cancellation
"""
import asyncio
from loopspec import log


def frames(task):
    return [(f.f_code.co_name, f.f_lineno) for f in task.get_stack()]


async def inner():
    await asyncio.sleep(0.1)
    return "inner done"


async def worker():
    got = await inner()
    await asyncio.sleep(0.1)
    return got


async def main():
    t = asyncio.create_task(worker(), name="worker")
    idle = asyncio.create_task(asyncio.Event().wait(), name="idle")
    log("not started", frames(t))
    await asyncio.sleep(0.05)
    log("waiting in inner()", frames(t))
    await asyncio.sleep(0.1)
    log("waiting in worker()", frames(t))
    frame = t.get_stack()[0]
    log("file", frame.f_code.co_filename)
    await t
    log("returned", frames(t), t.result())
    idle.cancel()
    await asyncio.sleep(0)
    log("cancelled", frames(idle))
    log("the frame kept its last line", frame.f_lineno)
