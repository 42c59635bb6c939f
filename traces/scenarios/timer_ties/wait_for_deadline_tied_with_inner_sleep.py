"""wait_for(task, 0.1) on a task that sleeps 0.1 s: the deadline and the inner completion share a timer deadline.

The inner task is created just before wait_for arms its timeout, and both
timers fall due at t=0.1. Up to 3.11, wait_for's timer only wakes main: if
the inner sleep's timer runs first, the inner task resumes before main,
logs "inner finished" and wait_for returns "value"; if wait_for's timer runs
first, main resumes first, finds the task unfinished and cancels it, and
wait_for raises TimeoutError. From 3.12, wait_for is built on
asyncio.timeout, whose timer cancels main, and through it the inner task,
before either resumes, so both orders give TimeoutError. The golden (the
same on 3.11, 3.12 and 3.13) is the TimeoutError trace.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, sleep, tasks, cancellation, time
order: timer-ties
"""
import asyncio
from loopspec import log


async def inner():
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        log("inner cancelled")
        raise
    log("inner finished")
    return "value"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(inner(), name="inner")
    try:
        log("result", await asyncio.wait_for(t, 0.1))
    except TimeoutError:
        log("wait_for timed out", loop.time())
    log("inner", t.done(), t.cancelled())
