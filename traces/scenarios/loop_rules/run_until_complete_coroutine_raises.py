"""An exception raised by the coroutine given to run_until_complete propagates out of it.

The wrapping task's exception is re-raised to the caller; the loop is no
longer running and can be used again.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: run_until_complete, tasks, exceptions, sleep
"""
import asyncio
from loopspec import log


async def fail():
    await asyncio.sleep(0.1)
    raise KeyError("missing")


async def fine():
    return "ok"


def scenario(loop):
    try:
        loop.run_until_complete(fail())
    except KeyError as e:
        log("caught", e, loop.time(), loop.is_running())
    return loop.run_until_complete(fine())
