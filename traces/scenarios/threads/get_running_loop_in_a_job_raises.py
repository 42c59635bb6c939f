"""asyncio.get_running_loop() in a job raises RuntimeError: no loop runs in the worker's thread.

The running loop is kept per thread; the job's thread runs none, so the
call fails there while it succeeds on the loop's thread, and
asyncio.current_task() fails the same way.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.get_running_loop
features: threads, event_loop_policy, current_task, asyncio_run
"""
import asyncio
from loopspec import log


def job():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        log("get_running_loop:", type(e).__name__, e)
    try:
        asyncio.current_task()
    except RuntimeError as e:
        log("current_task:", type(e).__name__, e)
    return "done"


async def body():
    loop = asyncio.get_running_loop()
    log(await loop.run_in_executor(None, job))
    log("on the loop's thread:", asyncio.get_running_loop() is loop)


def scenario():
    asyncio.run(body())
