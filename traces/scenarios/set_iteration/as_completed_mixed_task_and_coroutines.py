"""as_completed() keeps a task it is given as it is and wraps only the bare coroutines, in set order.

"early" is a task made before the call and starts first, having been
scheduled first. The two bare coroutines become tasks while as_completed()
walks a set of its arguments (memory addresses in CPython, open), so
"left" and "right" start in that walk's order after "early". The results
come in completion order, fixed by the sleeps: right, early, left.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed, tasks, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def step(name, delay):
    log(name, "starts")
    await asyncio.sleep(delay)
    return name


async def main():
    early = asyncio.create_task(step("early", 0.2), name="early")
    for next_done in asyncio.as_completed([step("left", 0.3), early, step("right", 0.1)]):
        log("got", await next_done)
