"""A task awaiting a future resumes in the iteration after the future completes.

set_result queues the task's wakeup with call_soon at that moment: a callback
queued just before set_result runs before the task resumes, one queued just
after runs after it, and the task does not resume inside set_result.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.set_result
features: futures, call_soon, call_later, tasks, time
"""
import asyncio
from loopspec import log


def complete(fut, loop):
    loop.call_soon(log, "queued before set_result")
    fut.set_result("value")
    log("set_result returned")
    loop.call_soon(log, "queued after set_result")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, complete, fut, loop)
    result = await fut
    log("task resumed", result, loop.time())
    await asyncio.sleep(0)
    log("end")
