"""A timer within the clock resolution (1e-09) of now counts as due.

A deadline 1e-10 ahead runs in the first iteration without the clock moving;
a deadline 5e-09 ahead makes the loop wait, and it runs with the clock at that
deadline.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_soon, call_later, time
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    loop.call_later(5e-09, step, "5ns", loop)
    loop.call_later(1e-10, step, "0.1ns", loop)
    loop.call_soon(step, "soon", loop)
    loop.call_later(0.1, loop.stop)
    loop.run_forever()
    log("stopped", loop.time())
