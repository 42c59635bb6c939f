"""A child failing with a plain BaseException makes the TaskGroup raise a BaseExceptionGroup.

BaseException (not KeyboardInterrupt or SystemExit, which a TaskGroup treats
specially) is collected like any error, but a group holding a non-Exception
is a BaseExceptionGroup, which an `except ExceptionGroup` clause lets pass.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exception_groups, exceptions, sleep, tasks
"""
import asyncio
from loopspec import log


async def odd():
    await asyncio.sleep(0.1)
    raise BaseException("not an Exception")


async def main():
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(odd())
        except ExceptionGroup as eg:
            log("caught as ExceptionGroup", eg)
    except BaseExceptionGroup as beg:
        log("caught as BaseExceptionGroup", beg)
