"""cancel() on a finished task returns False and changes nothing.

The request is refused before it is counted: cancelling() stays 0 and the
task keeps its result, or its exception.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, exceptions, sleep
"""
import asyncio
from loopspec import log


async def ok():
    return 42


async def bad():
    raise ValueError("bad")


async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0)
    log("done", a.done(), b.done())
    log("cancel", a.cancel(), b.cancel())
    log("cancelling", a.cancelling(), b.cancelling())
    log("uncancel", a.uncancel(), b.uncancel())
    log("a", a.cancelled(), a.result())
    log("b", b.cancelled(), b.exception())
