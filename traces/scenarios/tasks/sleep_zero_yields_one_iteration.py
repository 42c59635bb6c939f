"""sleep(0) suspends the task for exactly one loop iteration.

Two tasks that alternate sleep(0) interleave strictly, one log each per
iteration; a call_soon callback queued at the start lands between their
first and second steps.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.sleep
features: tasks, sleep, call_soon
"""
import asyncio
from loopspec import log


async def player(name):
    for i in range(3):
        log(name, i)
        await asyncio.sleep(0)


async def main():
    a = asyncio.create_task(player("ping"))
    b = asyncio.create_task(player("pong"))
    asyncio.get_running_loop().call_soon(log, "callback")
    await a
    await b
