"""TaskGroup children that catch the group's cancellation, log and re-raise do so in the order of the group's task set.

Each child catches the CancelledError, logs its name with its
`cancelling()` count, and re-raises. The order of those lines is the order
in which the group's abort walked its set of children, which CPython takes
from memory addresses and asyncio leaves open. Fixed regardless: each
child's count is 1 (the group cancels each once), and the children end
cancelled.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Task.cancelling
features: taskgroup, exception_groups, cancellation, current_task, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def careful(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log(name, "caught, cancelling =", asyncio.current_task().cancelling())
        raise


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("failed")


async def main():
    children = []
    try:
        async with asyncio.TaskGroup() as tg:
            children.append(tg.create_task(careful("one"), name="one"))
            children.append(tg.create_task(careful("two"), name="two"))
            children.append(tg.create_task(careful("three"), name="three"))
            tg.create_task(failing(), name="failing")
    except* ValueError as eg:
        log("group", eg.exceptions)
    log("cancelled", [t.cancelled() for t in children])
