"""Three call_at callbacks for the same absolute deadline run together at it, in any order.

The deadlines are all start + 1, computed once from start = loop.time(), so
they are equal as floats. An earlier timer (start + 0.5) runs first and a
later one (start + 1.5) stops the loop last; between them the three tied
callbacks may come in any of six orders.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_at
features: call_at, time, run_forever, stop
order: timer-ties
"""
import asyncio
from loopspec import log


def ring(name, loop):
    log(name, loop.time())


def scenario(loop):
    start = loop.time()
    deadline = start + 1
    loop.call_at(deadline, ring, "x", loop)
    loop.call_at(deadline, ring, "y", loop)
    loop.call_at(start + 0.5, ring, "early", loop)
    loop.call_at(deadline, ring, "z", loop)
    loop.call_at(start + 1.5, loop.stop)
    loop.run_forever()
    log("stopped", loop.time())
