"""log itself can be the callback: its events carry line null and the loop's time.

Arguments after the callback become the logged values; the event's time is the
running loop's clock when the callback ran.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: call_soon, call_later, call_at, time
"""
import asyncio
from loopspec import log


def scenario(loop):
    loop.call_soon(log, "soon", 1)
    loop.call_later(0.2, log, "later", [2, 3])
    loop.call_at(0.1, log, "at")
    loop.call_later(0.3, loop.stop)
    log("scheduled")
    loop.run_forever()
    log("stopped")
