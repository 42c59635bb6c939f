"""A task that cancels and then uncancels itself runs to its result from 3.13; up to 3.12 the cancel is still delivered.

cancel() on the running task only marks it: the CancelledError is thrown in
at its next step. In 3.13, the uncancel() that brings the count back to zero
also withdraws that mark, so the task returns normally; in 3.11 and 3.12 the
count drops but the mark stays, and the task ends cancelled at its next
await (found by the property tests on 3.13, properties/FINDINGS.md).

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.Task.uncancel
features: tasks, cancellation
"""
import asyncio
from loopspec import log


async def worker():
    me = asyncio.current_task()
    log("cancel", me.cancel())
    log("uncancel", me.uncancel(), me.cancelling())
    await asyncio.sleep(0)
    return "finished"


async def main():
    t = asyncio.create_task(worker())
    try:
        log("result", await t)
    except asyncio.CancelledError:
        log("cancelled")
    log("state", t.done(), t.cancelled())
