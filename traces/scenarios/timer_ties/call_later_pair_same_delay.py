"""Two call_later callbacks with the same delay run in the same iteration, in either order.

Both are scheduled from main at t=0 with a delay of 0.1. The loop may run
"first" before "second" or after it; both run at t=0.1.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_later, time, sleep
order: timer-ties
"""
import asyncio
from loopspec import log


def ring(name, loop):
    log(name, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, ring, "first", loop)
    loop.call_later(0.1, ring, "second", loop)
    await asyncio.sleep(0.2)
    log("main done")
