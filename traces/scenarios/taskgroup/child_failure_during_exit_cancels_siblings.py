"""A child failing while the TaskGroup waits in its exit cancels the other children, even one not started yet.

The body ends at once, so the group is already waiting for its children
when "failing" fails at 0.1. Just before failing it sets an event; "spawner"
wakes on it and adds "never_runs" to the group, whose first step is then
queued behind the group's handling of the failure: never_runs is cancelled
before it starts and its body never runs. The sleeping sibling is cancelled
too (it logs). The group then raises an ExceptionGroup with the one error,
and main carries on (its next sleep is not cancelled).

main's cancelling() is not logged: in 3.11.7 it stays at 1 here, because
TaskGroup withdraws the cancel it sent its parent only when it was sent
before the exit began (taskgroups.py, __aexit__), which looks like an
oversight rather than a rule.

spec: https://docs.python.org/3.11/library/asyncio-task.html#task-groups
features: taskgroup, exception_groups, cancellation, event, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def never_runs():
    log("never_runs ran")


async def spawner(tg, go, spawned):
    await go.wait()
    spawned.append(tg.create_task(never_runs(), name="never_runs"))


async def failing(go):
    await asyncio.sleep(0.1)
    go.set()
    raise ValueError("child failed")


async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("sibling cancelled", asyncio.get_running_loop().time())
        raise


async def main():
    loop = asyncio.get_running_loop()
    go = asyncio.Event()
    spawned = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(go), name="failing")
            tg.create_task(spawner(tg, go, spawned), name="spawner")
            s = tg.create_task(sibling(), name="sibling")
            log("body done")
    except ExceptionGroup as eg:
        log("group error", eg, loop.time())
    log("sibling", s.cancelled(), "never_runs", spawned[0].cancelled())
    await asyncio.sleep(0.1)
    log("main goes on", loop.time())
