"""A method is looked up before its arguments are evaluated: a missing method fails before the await in its arguments starts.

`queue.put_later(await side())` raises AttributeError without calling
side(); with an existing method the argument's await runs first and the
method is called afterwards with its result.

spec: https://docs.python.org/3.11/reference/expressions.html#evaluation-order
features: queue, sleep, exceptions
"""
import asyncio
from loopspec import log


async def side(v):
    log("side runs", v)
    await asyncio.sleep(0)
    return v


async def main():
    queue = asyncio.Queue()
    try:
        queue.put_later(await side(1))
    except AttributeError as e:
        log("caught", e)
    queue.put_nowait(await side(2))
    log("queued", queue.qsize(), queue.get_nowait())
