"""Five callbacks scheduled with call_later(0.5) all run at t=0.5, in any order.

The callbacks append their number to a list as they run. The loop may run
them in any of the 120 orders; the list always ends up holding the five
numbers once each, and the callback scheduled for 0.75 runs after all of
them.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_later, run_forever, stop
order: timer-ties
"""
import asyncio
from loopspec import log


def ring(n, seen):
    seen.append(n)
    log("ring", n)


def finish(loop, seen):
    log("seen", sorted(seen), len(seen))
    loop.stop()


def scenario(loop):
    seen = []
    for n in range(5):
        loop.call_later(0.5, ring, n, seen)
    loop.call_later(0.75, finish, loop, seen)
    loop.run_forever()
    log("order", seen)
