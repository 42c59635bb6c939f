"""stop() inside a batch lets the rest of that batch run, then run_forever returns.

stop() only sets a flag that is checked after the iteration: callbacks queued
behind the stop in the same batch still run. Callbacks queued during the batch
stay in the ready queue and run first when the loop is started again.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.stop
features: call_soon, run_forever, stop
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def spawn(loop, name):
    log("run", name)
    loop.call_soon(step, name + " child")


def scenario(loop):
    loop.call_soon(spawn, loop, "a")
    loop.call_soon(loop.stop)
    loop.call_soon(spawn, loop, "b")
    loop.run_forever()
    log("run_forever returned", loop.is_running())
    loop.call_soon(loop.stop)
    loop.run_forever()
    log("second run_forever returned")
