"""A task suspended in sleep(0) is cancelled at its next step, exactly one iteration later.

sleep(0) waits on no future, so cancel() has nothing to cancel and marks
the task; the step already scheduled throws CancelledError at the
sleep(0). The ticker logs exactly the ticks of the iterations before.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.sleep
features: tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def ticker():
    i = 0
    try:
        while True:
            log("tick", i)
            i += 1
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log("ticker cancelled after", i)
        raise


async def main():
    t = asyncio.create_task(ticker())
    for n in range(3):
        await asyncio.sleep(0)
    log("cancel", t.cancel())
    await asyncio.sleep(0)
    log("cancelled", t.cancelled())
