"""The cancel message is forwarded to the task being awaited and comes back up.

outer.cancel(msg=...) cancels the inner task with the same message; the
inner task sees it, and the CancelledError that ends the inner task is
the one the outer task receives at its await.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log("inner sees", e)
        raise


async def outer():
    try:
        await asyncio.create_task(inner())
    except asyncio.CancelledError as e:
        log("outer sees", e)
        raise


async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel(msg="deadline")
    try:
        await t
    except asyncio.CancelledError as e:
        log("main sees", e)
