"""A StopIteration escaping a coroutine becomes RuntimeError('coroutine raised StopIteration').

PEP 479: the coroutine itself replaces the StopIteration, whether it is
awaited inline or run by a task (the task then fails with the
RuntimeError). Inside the coroutine, a `try` still catches the
StopIteration as such.

spec: https://docs.python.org/3.11/library/exceptions.html#StopIteration
features: tasks, exceptions
"""
import asyncio
from loopspec import log


async def stops():
    raise StopIteration("done early")


async def catches_own():
    try:
        raise StopIteration
    except StopIteration:
        log("caught inside")
    return "fine"


async def main():
    try:
        await stops()
    except RuntimeError as e:
        log("inline", e)
    t = asyncio.create_task(stops(), name="stops")
    try:
        await t
    except RuntimeError as e:
        log("task", e)
    log("task exception", t.exception())
    log(await catches_own())
