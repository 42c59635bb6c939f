"""In 3.11, a cancel landing in the pass where wait_for()'s inner future completes is lost: the result is returned.

The future's result and the cancel arrive in one callback. wait_for() wakes
with CancelledError, sees the inner future done, and returns its result: the
task completes normally, yet cancelling() still counts the request. (3.12
rewrote wait_for on top of timeout(); a 3.11 loop must reproduce this.)

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, cancellation, futures, tasks, call_soon, sleep
"""
import asyncio
from loopspec import log


async def waiter(fut):
    r = await asyncio.wait_for(fut, 10)
    log("wait_for returned", r)
    return r


def finish_and_cancel(fut, task):
    fut.set_result("value")
    task.cancel()


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waiter(fut), name="waiter")
    await asyncio.sleep(0)
    loop.call_soon(finish_and_cancel, fut, t)
    await asyncio.sleep(0.1)
    log("task", t.done(), t.cancelled(), t.result(), t.cancelling())
