"""A call_later and a call_at that land on the same deadline tie like any other two timers.

At t=0.25, call_later(0.25) and call_at(start + 0.5), with start the
loop.time() main read at t=0, give equal deadlines (0.25 and 0.5 are exact
in binary, so 0.25 + 0.25 is exactly 0.5). when() shows them equal, and the
two callbacks may run in either order at t=0.5.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#scheduling-delayed-callbacks
features: call_later, call_at, handles, time, sleep
order: timer-ties
"""
import asyncio
from loopspec import log


def ring(name, loop):
    log(name, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.sleep(0.25)
    at = loop.call_at(start + 0.5, ring, "call_at", loop)
    later = loop.call_later(0.25, ring, "call_later", loop)
    log("when", at.when(), later.when(), at.when() == later.when())
    await asyncio.sleep(0.5)
    log("main done")
