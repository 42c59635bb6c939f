"""Callbacks queued while a batch runs wait for the next loop iteration.

Each iteration runs exactly the callbacks that were ready when it began.
Callbacks queued by those callbacks go to the back of the queue and run in the
next iteration, after everything that was already queued: the order is
a, b, c, then a2, b2.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: call_soon, run_forever, stop
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def spawn(loop, name):
    log("run", name)
    loop.call_soon(step, name + "2")


def scenario(loop):
    loop.call_soon(spawn, loop, "a")
    loop.call_soon(spawn, loop, "b")
    loop.call_soon(step, "c")
    loop.stop()
    loop.run_forever()
    log("after first iteration")
    loop.stop()
    loop.run_forever()
    log("after second iteration")
