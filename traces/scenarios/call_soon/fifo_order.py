"""Callbacks queued with call_soon run in the order they were queued.

The ready queue is FIFO: four callbacks queued before the loop starts all run
in the first iteration, in queueing order, and the clock does not move.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: call_soon, run_forever, stop
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    for name in ["first", "second", "third", "fourth"]:
        loop.call_soon(step, name, loop)
    loop.call_soon(loop.stop)
    loop.run_forever()
    log("stopped", loop.time())
