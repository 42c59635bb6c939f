"""shutdown_asyncgens() with no async generators returns None and can be called again.

Run through run_until_complete, the coroutine finishes in the wrapping task's
first step, but the done callback that stops the loop runs one iteration
later. So run_until_complete takes two iterations: a callback queued during
the first one (here "child") still runs before it returns.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
features: shutdown_asyncgens, run_until_complete, call_soon
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def spawn(loop):
    log("run", "spawner")
    loop.call_soon(step, "child")


def scenario(loop):
    loop.call_soon(spawn, loop)
    result = loop.run_until_complete(loop.shutdown_asyncgens())
    log("first shutdown", result, loop.time())
    result = loop.run_until_complete(loop.shutdown_asyncgens())
    log("second shutdown", result, loop.time())
