"""Several cancel() calls before the task wakes deliver a single CancelledError.

All three calls return True and count in cancelling(), but the task gets
one CancelledError; after catching it, its next await is not interrupted.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancelling
features: tasks, cancellation, sleep, time
"""
import asyncio
from loopspec import log


async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("caught once")
    await asyncio.sleep(0.1)
    log("second sleep completed at", asyncio.get_running_loop().time())
    return "ok"


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    log("cancel", t.cancel(), t.cancel(), t.cancel(), t.cancelling())
    r = await t
    log("result", r, t.cancelled(), t.cancelling())
