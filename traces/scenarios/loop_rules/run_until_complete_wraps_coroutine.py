"""run_until_complete wraps a coroutine in a Task and returns its result.

Inside, current_task() is that task (the first task created, so Task-1);
the loop is running; afterwards the value is returned and the loop is idle.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: run_until_complete, tasks, current_task, sleep
"""
import asyncio
from loopspec import log


async def work(loop):
    log("inside", asyncio.current_task(), loop.is_running())
    await asyncio.sleep(0.1)
    return "value"


def scenario(loop):
    result = loop.run_until_complete(work(loop))
    log("result", result, loop.time(), loop.is_running())
    return result
