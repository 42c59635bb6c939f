"""The exception gather() raises is the failing child's own exception object.

It is not copied or wrapped: it is the object the child task stores.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, exceptions, tasks
"""
import asyncio
from loopspec import log


async def fail():
    raise KeyError("missing")


async def main():
    t = asyncio.create_task(fail())
    try:
        await asyncio.gather(t)
    except KeyError as e:
        log("caught", e, e is t.exception())
