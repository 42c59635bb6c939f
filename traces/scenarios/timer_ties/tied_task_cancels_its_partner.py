"""A task that wakes at a tie and cancels its sibling succeeds only if it wakes first.

Both tasks sleep 0.1 s from t=0. If "canceller" resumes first, "sleeper" has
been woken but has not run yet: cancel() returns True and sleeper gets
CancelledError at its sleep, so it never logs "woke". If "sleeper" resumes
first, it logs "woke" and finishes, and cancel() returns False. Both
outcomes are permitted.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: sleep, tasks, cancellation
order: timer-ties
"""
import asyncio
from loopspec import log


async def sleeper():
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        log("sleeper cancelled")
        raise
    log("sleeper woke")


async def canceller(other):
    await asyncio.sleep(0.1)
    log("cancel returns", other.cancel())


async def main():
    s = asyncio.create_task(sleeper(), name="sleeper")
    c = asyncio.create_task(canceller(s), name="canceller")
    await c
    await asyncio.sleep(0)
    log("sleeper", s.done(), s.cancelled())
