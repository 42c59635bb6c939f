"""Awaiting a future that nothing will ever complete leaves the loop with nothing to do.

After the last timer the loop has no ready callbacks and no timers: a real loop
would wait forever, the virtual loop ends the run as blocked without moving
the clock any further.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future
features: futures, call_later, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.1, log, "last timer")
    log("waiting forever")
    await fut
    log("never reached")
