"""wait_for(shield(task), t) raises TimeoutError at the deadline without cancelling the shielded task.

wait_for cancels only the shield's outer future, which ends at once, so the
TimeoutError comes at exactly 0.2; the task itself finishes at 0.5 and can be
awaited afterwards.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: shield, wait_for, cancellation, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def report():
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        log("report cancelled")
        raise
    return "report ready"


async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(report(), name="report")
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.2)
    except TimeoutError:
        log("timed out", loop.time(), t.done(), t.cancelled())
    r = await t
    log("result", r, loop.time())
