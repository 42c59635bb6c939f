"""Children that raise a new error when the group cancels them put their errors into the ExceptionGroup in the order the group cancelled them.

"failing" raises first, at t=0.1; the group then cancels "alpha" and
"beta" by walking its set of tasks, an order CPython takes from memory
addresses. Each answers its CancelledError by raising its own
RuntimeError. The group collects errors in the order the children finish,
which is the walk's order, so both the log lines and the ExceptionGroup's
tail follow the open order; its head is always the ValueError, and it
always holds exactly three errors.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: taskgroup, exception_groups, cancellation, exceptions, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def resentful(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log(name, "raises instead")
        raise RuntimeError(name)


async def failing():
    await asyncio.sleep(0.1)
    raise ValueError("first")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(resentful("alpha"), name="alpha")
            tg.create_task(resentful("beta"), name="beta")
            tg.create_task(failing(), name="failing")
    except* (ValueError, RuntimeError) as eg:
        log("group", eg.exceptions)
