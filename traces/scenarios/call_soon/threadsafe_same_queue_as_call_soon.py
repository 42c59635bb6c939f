"""From the loop's own thread, call_soon_threadsafe joins the same FIFO as call_soon.

Callbacks queued alternately with the two methods run in the order they were
queued, in one iteration; call_soon_threadsafe also returns a cancellable
handle.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
features: call_soon, call_soon_threadsafe, handles
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def scenario(loop):
    loop.call_soon(step, "soon 1")
    loop.call_soon_threadsafe(step, "threadsafe 1")
    loop.call_soon(step, "soon 2")
    h = loop.call_soon_threadsafe(step, "threadsafe 2")
    loop.call_soon_threadsafe(step, "threadsafe 3")
    h.cancel()
    log("cancelled?", h.cancelled())
    loop.call_soon(loop.stop)
    loop.run_forever()
    log("stopped")
