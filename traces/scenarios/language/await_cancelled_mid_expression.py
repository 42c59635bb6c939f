"""A task cancelled while suspended inside an expression gets CancelledError there; its `finally` runs and the expression is never finished.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancel
features: tasks, cancellation, sleep, time
"""
import asyncio
from loopspec import log


def before():
    log("before")
    return "b"


async def worker():
    try:
        log("result", before(), await asyncio.sleep(1, "late"))
    finally:
        log("finally", asyncio.get_running_loop().time())


async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    task.cancel("stop")
    try:
        await task
    except asyncio.CancelledError as e:
        log("cancelled", e, task.cancelled())
