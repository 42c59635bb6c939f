"""asyncio.to_thread passes positional and keyword arguments to the function.

to_thread wraps the call in functools.partial and submits it to the
default executor; the coroutine returns the function's result.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.to_thread
features: threads, asyncio_run
"""
import asyncio
from loopspec import log


def describe(a, b, sep, end="."):
    log("job got", a, b, sep, end)
    return str(a) + sep + str(b) + end


async def body():
    log(await asyncio.to_thread(describe, 1, 2, sep="-"))
    log(await asyncio.to_thread(describe, "x", "y", sep="+", end="!"))


def scenario():
    asyncio.run(body())
