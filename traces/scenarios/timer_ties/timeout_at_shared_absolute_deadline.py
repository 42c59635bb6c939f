"""Two timeout_at blocks and a call_at given the same absolute deadline expire together, in any order.

main computes one deadline, loop.time() + 0.5, and hands it to two tasks
that wait on an Event that is never set under timeout_at(deadline), and to a
call_at callback. The three timers tie at t=0.5: the callback and the two
TimeoutErrors may come in any order relative to each other, though each
task's TimeoutError is logged only when that task resumes.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout_at
features: timeout, event, call_at, tasks, time
order: timer-ties
"""
import asyncio
from loopspec import log


async def waiter(name, event, deadline):
    try:
        async with asyncio.timeout_at(deadline):
            await event.wait()
    except TimeoutError:
        log(name, "timed out", asyncio.get_running_loop().time())


async def main():
    loop = asyncio.get_running_loop()
    event = asyncio.Event()
    deadline = loop.time() + 0.5
    one = asyncio.create_task(waiter("one", event, deadline), name="one")
    two = asyncio.create_task(waiter("two", event, deadline), name="two")
    loop.call_at(deadline, log, "call_at fires")
    await one
    await two
    log("event set?", event.is_set())
