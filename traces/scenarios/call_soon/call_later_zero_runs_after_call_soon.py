"""call_later(0, ...) runs after call_soon callbacks queued after it.

A zero-delay timer goes into the timer heap, not the ready queue. It is due at
once, but due timers are appended to the ready queue only when the next
iteration begins, behind the callbacks already there. So a call_soon made
after call_later(0) still runs first.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: call_soon, call_later, handles
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


def scenario(loop):
    h = loop.call_later(0, step, "timer", loop)
    loop.call_soon(step, "soon", loop)
    log("timer when", h.when())
    loop.call_soon(loop.stop)
    loop.run_forever()
    log("stopped")
