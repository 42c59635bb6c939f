"""In 3.11, wait() refuses bare coroutines with TypeError: they must be wrapped in tasks first.

The check happens before any waiting and the coroutine does not run. The
same coroutine object, wrapped in a task afterwards, is accepted.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, exceptions, tasks
"""
import asyncio
from loopspec import log


async def job():
    log("job ran")
    return 1


async def main():
    c = job()
    try:
        await asyncio.wait([c])
    except TypeError as e:
        log("TypeError", e)
    t = asyncio.create_task(c, name="job")
    done, pending = await asyncio.wait([t])
    log("as task", done, pending, t.result())
