"""reschedule(None) removes the deadline: the block can run past the original delay.

when() reports None afterwards and expired() stays False. timeout(None)
likewise starts with no deadline, and reschedule() can add one later.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Timeout.reschedule
features: timeout, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.1) as cm:
        cm.reschedule(None)
        log("deadline", cm.when())
        await asyncio.sleep(0.5)
    log("block done", loop.time(), cm.expired())
    try:
        async with asyncio.timeout(None) as cm:
            log("deadline", cm.when())
            await asyncio.sleep(0.2)
            cm.reschedule(loop.time() + 0.3)
            await asyncio.sleep(1)
    except TimeoutError:
        log("timed out", loop.time(), cm.when())
