"""A cancelled task's result() and exception() both raise CancelledError.

exception() does not return the CancelledError: it raises it, like
result(). done() and cancelled() are both True.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.exception
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def worker():
    await asyncio.sleep(1)
    return "never"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    log("state", t.done(), t.cancelled())
    try:
        t.result()
        log("result returned")
    except asyncio.CancelledError:
        log("result() raised CancelledError")
    try:
        t.exception()
        log("exception returned")
    except asyncio.CancelledError:
        log("exception() raised CancelledError")
