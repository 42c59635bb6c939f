"""TaskGroup children that swallow the group's cancellation and return still run in the order of the group's task set.

The children catch the CancelledError and return a value instead of
re-raising; the group still waits for them and raises the failing child's
error. Their "swallowed" lines come in the order of the abort's walk over
the set of children (memory addresses in CPython, an order asyncio leaves
open). Fixed regardless: each child ends with its own result, not
cancelled, and the ExceptionGroup holds only the ValueError.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: taskgroup, exception_groups, cancellation, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def stubborn(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log(name, "swallowed the cancellation")
    return name + " result"


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("failed")


async def main():
    children = []
    try:
        async with asyncio.TaskGroup() as tg:
            children.append(tg.create_task(stubborn("p"), name="p"))
            children.append(tg.create_task(stubborn("q"), name="q"))
            children.append(tg.create_task(stubborn("r"), name="r"))
            tg.create_task(failing(), name="failing")
    except* ValueError as eg:
        log("group", eg.exceptions)
    log("results", [t.result() for t in children])
