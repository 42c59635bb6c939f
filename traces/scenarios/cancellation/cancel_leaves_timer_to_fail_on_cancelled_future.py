"""A timer that later resolves a future cancelled with its task fails in the loop.

The task awaits a future that a call_later callback will resolve at 0.2.
Cancelling the task at 0.1 cancels that future too. The timer still
fires: set_result() on the cancelled future raises InvalidStateError
inside the callback, and the loop hands it to the exception handler
(the unhandled event at 0.2) and keeps running.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.set_result
features: tasks, cancellation, futures, call_later, exception_handler, sleep, time
"""
import asyncio
from loopspec import log


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError:
        log("waiter cancelled at", asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.2, fut.set_result, "late")
    t = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0.1)
    t.cancel()
    await asyncio.sleep(0.2)
    log("after the timer", loop.time(), t.cancelled(), fut.cancelled())
