"""reschedule() to a later time moves the deadline: the original one no longer fires.

Entered at 0 with a 0.2 delay, the timeout is pushed at 0.1 to an absolute
0.5. The body's sleep until 0.3 completes, and the timeout then fires at 0.5.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Timeout.reschedule
features: timeout, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.2) as cm:
            await asyncio.sleep(0.1)
            cm.reschedule(loop.time() + 0.4)
            log("rescheduled", cm.when())
            await asyncio.sleep(0.2)
            log("survived old deadline", loop.time(), cm.expired())
            await asyncio.sleep(1)
    except TimeoutError:
        log("timed out", loop.time(), cm.expired())
