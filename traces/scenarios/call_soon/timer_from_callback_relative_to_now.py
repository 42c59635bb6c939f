"""call_later inside a timer callback counts from the time the callback runs.

A callback running at 0.1 schedules call_later(0.15): its deadline is 0.25,
computed from loop.time() at that moment, and the chain keeps adding.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_later, handles, time, run_forever, stop
"""
import asyncio
from loopspec import log


def tick(loop, n):
    log("tick", n, loop.time())
    if n < 3:
        h = loop.call_later(0.15, tick, loop, n + 1)
        log("next when", h.when())
    else:
        loop.stop()


def scenario(loop):
    loop.call_later(0.1, tick, loop, 1)
    loop.run_forever()
    log("stopped", loop.time())
