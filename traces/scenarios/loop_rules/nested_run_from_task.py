"""A coroutine cannot run its own loop: run_until_complete raises RuntimeError.

Called from a task, the nested run fails at once with 'This event loop is
already running'; the task continues normally.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: nested_run, run_until_complete, futures, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, "from timer")
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        log("nested", e)
    result = await fut
    log("awaited instead", result, loop.time())
