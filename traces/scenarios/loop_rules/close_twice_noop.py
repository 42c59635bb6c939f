"""close() on a closed loop does nothing; close() drops pending callbacks.

Callbacks and timers still queued when the loop is closed never run. A second
close() raises nothing and the loop stays closed.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.close
features: close, call_soon, call_later
"""
import asyncio
from loopspec import log


def scenario(loop):
    loop.call_soon(log, "never runs")
    loop.call_later(0.1, log, "never runs either")
    log("closed?", loop.is_closed())
    loop.close()
    log("closed?", loop.is_closed())
    result = loop.close()
    log("second close returned", result, loop.is_closed())
