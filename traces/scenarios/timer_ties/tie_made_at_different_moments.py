"""A timer set at t=0 for 0.5 s and one set at t=0.25 for 0.25 s share a deadline and tie.

Which moment a timer was scheduled does not order it: both deadlines are
exactly 0.5, so the loop may run "made at 0" or "made at 0.25" first.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_later, handles, time, sleep
order: timer-ties
"""
import asyncio
from loopspec import log


def ring(name, loop):
    log(name, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    early = loop.call_later(0.5, ring, "made at 0", loop)
    await asyncio.sleep(0.25)
    late = loop.call_later(0.25, ring, "made at 0.25", loop)
    log("same deadline", early.when() == late.when(), late.when())
    await asyncio.sleep(0.5)
    log("main done")
