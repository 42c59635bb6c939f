"""wait_for() on a plain future cancels that future when the timeout passes.

The future ends cancelled at the deadline, so a later set_result() on it
would be an error: the callback meant to resolve it at 0.5 finds it done.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, futures, cancellation, call_later, time, sleep
"""
import asyncio
from loopspec import log


def late_result(fut):
    log("late callback: done already?", fut.done(), fut.cancelled())
    if not fut.done():
        fut.set_result("late")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.5, late_result, fut)
    try:
        await asyncio.wait_for(fut, 0.2)
    except TimeoutError:
        log("timeout", loop.time(), fut.cancelled())
    try:
        fut.set_result("too late")
    except asyncio.InvalidStateError as e:
        log("set_result", e)
    await asyncio.sleep(0.5)
