"""Cancelling the concurrent future cancels the wrapping asyncio future through call_soon_threadsafe.

concurrent.futures.Future.cancel() runs the done callbacks at once; the
chain's callback schedules the copy of the state with
loop.call_soon_threadsafe. The wrapper is cancelled when that runs (between
the ticks queued around the cancel), and its awaiter gets a CancelledError
with no message.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: concurrent_futures, futures, cancellation, call_soon
"""
import asyncio
import concurrent.futures
from loopspec import log


def tick(n, fut):
    log("tick", n, "wrapper cancelled:", fut.cancelled())


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        log("waiter cancelled", e.args)


async def main():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    fut = asyncio.wrap_future(cf)
    task = asyncio.create_task(waiter(fut), name="waiter")
    await asyncio.sleep(0)
    loop.call_soon(tick, 1, fut)
    log("cf.cancel()", cf.cancel(), cf.cancelled(), cf.done())
    loop.call_soon(tick, 2, fut)
    await task
    log("task cancelled?", task.cancelled())
    try:
        cf.result()
    except concurrent.futures.CancelledError as e:
        log("cf.result() raised concurrent's CancelledError", e.args)
