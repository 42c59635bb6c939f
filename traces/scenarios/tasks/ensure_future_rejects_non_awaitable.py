"""ensure_future() of something that is not awaitable raises TypeError at once.

A number, a function not called, and an instance of a class without
`__await__` are all refused with the same message; no task is made, so
the next task still takes the next default name.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.ensure_future
features: ensure_future, tasks, exceptions
"""
import asyncio
from loopspec import log


class Plain:
    pass


async def job():
    return 1


async def main():
    for value in (5, job, Plain()):
        try:
            asyncio.ensure_future(value)
        except TypeError as e:
            log(type(value).__name__, e)
    t = asyncio.ensure_future(job())
    log(t.get_name(), await t)
