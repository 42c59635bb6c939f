"""reschedule() can bring the deadline forward, and a deadline already past fires on the next iteration.

The first block starts with a 10 s timeout, rescheduled at 0.1 to expire at
0.3. The second one is rescheduled to the current time: the body is cancelled
at its next await, with no time passing.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Timeout.reschedule
features: timeout, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(10) as cm:
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.2)
            await asyncio.sleep(1)
    except TimeoutError:
        log("first timed out", loop.time(), cm.when())
    try:
        async with asyncio.timeout(10) as cm:
            cm.reschedule(loop.time())
            log("rescheduled to now", cm.when())
            await asyncio.sleep(5)
    except TimeoutError:
        log("second timed out", loop.time())
