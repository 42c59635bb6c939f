"""A TaskGroup child that fails at a timer tie stops its sibling only if it wakes first.

"failing" and "steady" both sleep 0.1 s from t=0. steady, once woken, needs
one more step (a sleep(0)) to finish. If failing resumes first, its error
reaches the group before steady's second step, the group cancels steady,
and "steady finished" never appears. If steady resumes first, its second
step runs before the group hears of the error and it finishes. Both traces
are permitted; the ExceptionGroup holds only the ValueError either way.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.TaskGroup
features: taskgroup, exception_groups, sleep, cancellation, exceptions
order: timer-ties
"""
import asyncio
from loopspec import log


async def failing():
    await asyncio.sleep(0.1)
    log("failing raises")
    raise ValueError("at the tie")


async def steady():
    try:
        await asyncio.sleep(0.1)
        log("steady woke")
        await asyncio.sleep(0)
        log("steady finished")
    except asyncio.CancelledError:
        log("steady cancelled")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(), name="failing")
            tg.create_task(steady(), name="steady")
    except* ValueError as eg:
        log("group", eg.exceptions)
