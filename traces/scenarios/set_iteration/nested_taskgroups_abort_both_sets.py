"""A failure in an outer TaskGroup cancels its children in set order; a child running an inner group then cancels the inner children in that group's set order.

The outer group holds "outer-a", "outer-b", "inner" and "failing". When
"failing" raises at t=0.1 the outer abort walks its set (address order in
CPython) and cancels the other three; outer-a and outer-b log in that
order. The task "inner" is waiting in its own group's exit; the
cancellation makes that group abort in turn, walking its own set of
children "inner-x", "inner-y", "inner-z", which log one iteration later, in
that second walk's order. Both walks are open; that the inner children log
after the outer ones is not.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: taskgroup, exception_groups, cancellation, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def leaf(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise


async def inner_group():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf("inner-x"), name="inner-x")
            tg.create_task(leaf("inner-y"), name="inner-y")
            tg.create_task(leaf("inner-z"), name="inner-z")
    except asyncio.CancelledError:
        log("inner group cancelled")
        raise


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("failed")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(leaf("outer-a"), name="outer-a")
            tg.create_task(leaf("outer-b"), name="outer-b")
            tg.create_task(inner_group(), name="inner")
            tg.create_task(failing(), name="failing")
    except* ValueError as eg:
        log("group", eg.exceptions)
