"""A task that yields with sleep(0) resumes after callbacks it queued before yielding.

sleep(0) yields once; the task's next step is queued with call_soon behind the
callbacks the task queued during its step, so they run first, in one
iteration.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.sleep
features: call_soon, sleep, tasks
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(step, "one")
    loop.call_soon(step, "two")
    log("yielding")
    await asyncio.sleep(0)
    log("resumed")
    loop.call_soon(step, "three")
    await asyncio.sleep(0)
    log("resumed again")
