"""Outside a running loop, ensure_future() in a fresh program puts its task on the loop get_event_loop() makes.

With no loop given and none running, ensure_future asks get_event_loop() for
one; in a program that never set a loop, that makes a new loop and sets it as
current, so the task belongs to the loop a later get_event_loop() returns, and
runs once that loop runs (the legacy `ensure_future(...)` then
`get_event_loop().run_until_complete(...)`).

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.ensure_future
features: event_loop_policy, ensure_future, tasks, run_until_complete, sleep
"""
import asyncio
from loopspec import log


async def job():
    log("job starts")
    await asyncio.sleep(0.1)
    return 7


def scenario():
    task = asyncio.ensure_future(job())
    loop = asyncio.get_event_loop()
    log("task on the current loop?", task.get_loop() is loop, task.done(), loop.is_running())
    log("result", loop.run_until_complete(task), loop.time())
