"""The clock does not advance while callbacks are ready.

A call_soon chain of five hops runs in five iterations, all at loop.time() 0.0;
only when nothing is ready does the virtual clock jump, straight to the next
timer's deadline.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.time
features: call_soon, call_later, time, run_forever, stop
"""
import asyncio
from loopspec import log


def hop(loop, n):
    log("hop", n, loop.time())
    if n < 5:
        loop.call_soon(hop, loop, n + 1)


def wake(loop):
    log("timer", loop.time())
    loop.stop()


def scenario(loop):
    log("before run", loop.time())
    loop.call_later(0.25, wake, loop)
    loop.call_soon(hop, loop, 1)
    loop.run_forever()
    log("after run", loop.time())
