"""A cancelled child makes gather() raise CancelledError; the gather and the caller are not cancelled.

Without return_exceptions, a child's cancellation is treated like a child
raising CancelledError: it is set as the gather future's exception (the
future is done but not cancelled), the awaiting task receives it and can
carry on (its own cancelling() is 0), and the sibling keeps running.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, cancellation, current_task, sleep
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    log("finished", name)
    return name


async def main():
    a = asyncio.create_task(job("a", 0.1))
    b = asyncio.create_task(job("b", 0.2))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    a.cancel()
    try:
        await g
    except asyncio.CancelledError:
        log("gather raised CancelledError", asyncio.current_task().cancelling())
    log("gather future", g.done(), g.cancelled())
    log("sibling", b.done())
    await asyncio.sleep(0.3)
    log("sibling later", b.result())
