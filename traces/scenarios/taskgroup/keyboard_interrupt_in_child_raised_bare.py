"""A child raising KeyboardInterrupt stops the loop at once; the TaskGroup then re-raises it bare, not in a group.

The interrupt escapes from the child's step out of the loop, in the middle
of the run. asyncio.run's clean-up then cancels what is left: the other
child, and the main task waiting in the TaskGroup's exit. The group, having
seen a KeyboardInterrupt among its children's errors, raises that exception
itself rather than a BaseExceptionGroup, and it ends the run.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, keyboard_interrupt, asyncio_run, exceptions, sleep, tasks
"""
import asyncio
from loopspec import log


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise
    log(name, "interrupts")
    raise KeyboardInterrupt


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.1))
            tg.create_task(child("b", 1))
            log("body done")
    except BaseException as e:
        log("main got", type(e).__name__)
        raise
