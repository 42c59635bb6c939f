"""A task that catches CancelledError and returns completes normally.

cancel() is only a request: the coroutine may suppress it. The task then
ends with its return value, cancelled() is False, and cancelling() still
counts the request because nobody called uncancel().

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-cancellation
features: tasks, cancellation, sleep, time
"""
import asyncio
from loopspec import log


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("caught, carrying on")
    await asyncio.sleep(0.1)
    return "recovered"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    log("cancel", t.cancel())
    r = await t
    log("result", r, t.cancelled(), t.cancelling())
    log("time", asyncio.get_running_loop().time())
