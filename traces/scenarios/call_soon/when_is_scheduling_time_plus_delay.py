"""TimerHandle.when() is loop.time() at scheduling plus the delay, in float arithmetic.

The deadline is computed once, as a plain double addition, when the timer is
created: 0.1 + 0.2 is 0.30000000000000004, and the callback sees the clock
at exactly that deadline. A loop must not round or re-derive deadlines.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.TimerHandle.when
features: call_later, handles, time, sleep
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1)
    h = loop.call_later(0.2, step, "timer", loop)
    log("now", loop.time(), "when", h.when())
    await asyncio.sleep(0.5)
    log("after", loop.time(), "when unchanged", h.when())
