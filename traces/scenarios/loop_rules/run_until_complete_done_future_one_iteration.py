"""run_until_complete on an already-done future runs exactly one iteration.

The done callback that stops the loop is queued behind the callbacks already
ready, so those run; callbacks they queue do not, and no time passes.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: run_until_complete, futures, call_soon, call_later
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def spawn(loop):
    log("run", "spawner")
    loop.call_soon(step, "child")


def scenario(loop):
    fut = loop.create_future()
    fut.set_result("ready")
    loop.call_soon(spawn, loop)
    loop.call_later(0.1, step, "timer")
    result = loop.run_until_complete(fut)
    log("result", result, loop.time())
    loop.call_soon(loop.stop)
    loop.run_forever()
    log("child ran in the next run", loop.time())
