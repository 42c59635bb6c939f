"""time.sleep's argument errors, and time.sleep(0), which moves no clock.

spec: https://docs.python.org/3.11/library/time.html#time.sleep
features: threads, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


async def body():
    loop = asyncio.get_running_loop()
    for arg in (-1, -0.5, "1", None):
        try:
            time.sleep(arg)
            log(arg, "accepted")
        except (TypeError, ValueError) as e:
            log(repr(arg), type(e).__name__, str(e))
    time.sleep(0)
    log("after sleep(0)", loop.time())
    time.sleep(1)
    log("after sleep(1)", loop.time())


def scenario():
    asyncio.run(body())
