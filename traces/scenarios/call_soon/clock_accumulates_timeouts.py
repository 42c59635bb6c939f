"""The virtual clock advances by adding each wait to the current time.

Three consecutive sleep(0.1) calls wake at 0.1, 0.2 and 0.30000000000000004:
each deadline is now + 0.1 and the clock reaches it by now + timeout. The
trace pins the exact doubles.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.time
features: time, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    log("start", loop.time())
    for i in range(3):
        await asyncio.sleep(0.1)
        log("woke", i, loop.time())
    return loop.time()
