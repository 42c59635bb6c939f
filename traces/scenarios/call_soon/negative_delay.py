"""Negative and zero delays are due at once and run in deadline order.

call_later with a negative delay sets a deadline in the past; such timers run
in the next iteration, after the callbacks already in the ready queue, and in
order of deadline, not of scheduling. when() reports loop.time() + delay.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_soon, call_later, handles, time
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    zero = loop.call_later(0, step, "zero", loop)
    minus_one = loop.call_later(-1, step, "minus one", loop)
    minus_half = loop.call_later(-0.5, step, "minus half", loop)
    loop.call_soon(step, "soon", loop)
    log("when", zero.when(), minus_one.when(), minus_half.when())
    loop.call_later(0.1, loop.stop)
    loop.run_forever()
    log("stopped", loop.time())
