"""Two cancel() calls before the first step: both count, the last message wins.

With no awaited future to cancel, each request just records its message
on the task, overwriting the previous one. The single CancelledError
thrown at the first step carries the second message.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation
"""
import asyncio
from loopspec import log


async def body():
    log("body runs")


async def main():
    t = asyncio.create_task(body())
    log("cancel", t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        log("main sees", e)
