"""asyncio.timeout(0.1) around a sleep(0.1) times out whichever of the two tied timers runs first.

The timeout's deadline and the sleep's are both t=0.1. If the timeout runs
first, it cancels the task while it waits on the sleep. If the sleep's timer
runs first, the task is woken but has not resumed when the timeout cancels
it, so the cancellation arrives at the same await. Either way the line after
the sleep does not run and the block raises TimeoutError: every permitted
order gives this one trace.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, sleep, time, cancellation
order: timer-ties
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.1) as cm:
            log("deadline", cm.when())
            await asyncio.sleep(0.1)
            log("sleep finished inside the block")
    except TimeoutError:
        log("timed out", loop.time(), cm.expired())
    log("cancelling", asyncio.current_task().cancelling())
