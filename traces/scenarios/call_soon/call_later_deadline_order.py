"""Timers run in deadline order, whatever order they were scheduled in.

Each timer runs when the virtual clock reaches its deadline; loop.time() inside
the callback equals that deadline.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_later, time, run_forever, stop
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    loop.call_later(0.3, step, "0.3", loop)
    loop.call_later(0.1, step, "0.1", loop)
    loop.call_later(0.2, step, "0.2", loop)
    loop.call_later(0.4, loop.stop)
    loop.run_forever()
    log("stopped", loop.time())
