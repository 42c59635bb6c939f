"""Calling stop() twice stops one run only; the flag is cleared when run_forever returns.

The second run_forever is not pre-stopped: it keeps going until another stop()
arrives from a timer.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.stop
features: call_soon, call_later, run_forever, stop, time
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    loop.stop()
    loop.stop()
    loop.run_forever()
    log("first run returned", loop.time())
    loop.call_soon(step, "soon", loop)
    loop.call_later(0.1, step, "timer", loop)
    loop.call_later(0.2, loop.stop)
    loop.run_forever()
    log("second run returned", loop.time())
