"""run_in_executor(None, ...) runs the job on the default executor and its future gets the return value.

The job is submitted during the task's step and starts in the next
select, before the loop runs anything else; its result reaches the
awaiting task through the wrapping asyncio future, whose state is copied
by a callback the job's thread queues with call_soon_threadsafe. The job
takes no virtual time (docs/outside-world.md#threads).

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, futures, time, asyncio_run
"""
import asyncio
from loopspec import log


def add(a, b):
    log("job adds", a, b)
    return a + b


async def body():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, add, 2, 3)
    log("submitted; done?", fut.done())
    result = await fut
    log("result", result, "at", loop.time())


def scenario():
    asyncio.run(body())
