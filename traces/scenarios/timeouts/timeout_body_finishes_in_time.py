"""A body that finishes before the deadline leaves timeout() quietly; the context is then finished and cannot be rescheduled.

Inside the block, when() is the absolute deadline (entry time + delay) and
expired() is False. After a normal exit expired() stays False and
reschedule() raises RuntimeError naming the finished state.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.25)
    async with asyncio.timeout(0.5) as cm:
        log("inside", cm.when(), cm.expired())
        await asyncio.sleep(0.1)
    log("after", loop.time(), cm.expired())
    try:
        cm.reschedule(loop.time() + 1)
    except RuntimeError as e:
        log("reschedule", e)
    await asyncio.sleep(1)
    log("still fine", loop.time())
