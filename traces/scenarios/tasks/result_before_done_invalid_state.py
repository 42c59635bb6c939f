"""result() and exception() of a pending task raise InvalidStateError.

The messages are CPython's: 'Result is not set.' and 'Exception is not set.'.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.result
features: tasks, sleep
"""
import asyncio
from loopspec import log


async def job():
    await asyncio.sleep(0.1)
    return 1


async def main():
    t = asyncio.create_task(job())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        log("result()", e)
    try:
        t.exception()
    except asyncio.InvalidStateError as e:
        log("exception()", e)
    await t
    log("done", t.result(), t.exception())
