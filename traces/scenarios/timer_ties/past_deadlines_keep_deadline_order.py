"""Timers whose deadlines have all passed run earliest deadline first; only the tied ones may swap.

At t=0.5, main schedules call_at for loop.time() - 1, loop.time() - 2 and
loop.time() - 1 again (deadlines -0.5, -1.5, -0.5). All three are due in
the next iteration, and the loop must run "minus 2" first: it may permute
the two "minus 1" callbacks but never run a later deadline before an
earlier one, however late both are.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_at
features: call_at, handles, time, sleep
order: timer-ties
"""
import asyncio
from loopspec import log


def ring(name, loop):
    log(name, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.5)
    first = loop.call_at(loop.time() - 1, ring, "minus 1 (first)", loop)
    earliest = loop.call_at(loop.time() - 2, ring, "minus 2", loop)
    second = loop.call_at(loop.time() - 1, ring, "minus 1 (second)", loop)
    log("when", first.when(), earliest.when(), second.when())
    await asyncio.sleep(0.25)
    log("main done")
