"""The message given to Future.cancel(msg) reaches the task awaiting the future.

The awaiter gets CancelledError whose args are the message; result() on the
future raises a CancelledError with the same message; the awaiting task,
having caught the error, finishes normally.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.cancel
features: futures, cancellation, tasks, sleep
"""
import asyncio
from loopspec import log


async def waiter(fut):
    try:
        await fut
    except asyncio.CancelledError as e:
        log("waiter got", e)
        return "handled"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(waiter(fut))
    await asyncio.sleep(0)
    log("cancel", fut.cancel("shutting down"))
    result = await task
    log("waiter returned", result, task.cancelled())
    try:
        fut.result()
    except asyncio.CancelledError as e:
        log("result()", e)
