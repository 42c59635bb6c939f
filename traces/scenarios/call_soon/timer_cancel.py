"""A cancelled timer never runs; its handle keeps its deadline.

cancel() on a TimerHandle makes cancelled() True and the callback is skipped,
while the other timers run on time; when() still reports the original
deadline.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.TimerHandle
features: call_later, handles, time, run_forever, stop
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    loop.call_later(0.1, step, "0.1", loop)
    h = loop.call_later(0.2, step, "0.2", loop)
    loop.call_later(0.3, step, "0.3", loop)
    loop.call_later(0.4, loop.stop)
    log("cancelled?", h.cancelled())
    h.cancel()
    log("cancelled?", h.cancelled(), "when", h.when())
    loop.run_forever()
    log("stopped", loop.time(), h.cancelled())
