"""Once gather() has raised a child's error, cancelling it does nothing.

The gather future is already done, so g.cancel() returns False and the
still-running sibling is not cancelled; it finishes normally.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, cancellation, exceptions, sleep
"""
import asyncio
from loopspec import log


async def fail():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def slow():
    await asyncio.sleep(0.2)
    log("slow finished")
    return "slow"


async def main():
    s = asyncio.create_task(slow())
    g = asyncio.gather(fail(), s)
    try:
        await g
    except ValueError as e:
        log("caught", e)
    log("cancel", g.cancel(), g.cancelled())
    r = await s
    log("sibling", r, s.cancelled())
