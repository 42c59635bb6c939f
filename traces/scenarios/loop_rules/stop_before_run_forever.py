"""stop() before run_forever() makes it run exactly one iteration.

The ready callbacks run once, callbacks they queue are left for later, no time
passes (the loop does not wait for the pending timer), and run_forever returns.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.stop
features: call_soon, call_later, run_forever, stop, time
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def spawn(loop):
    log("run", "spawner")
    loop.call_soon(step, "child")


def scenario(loop):
    loop.call_later(0.1, step, "timer")
    loop.call_soon(spawn, loop)
    loop.stop()
    loop.run_forever()
    log("returned", loop.time(), loop.is_running())
    loop.call_later(0.2, loop.stop)
    loop.run_forever()
    log("returned again", loop.time())
