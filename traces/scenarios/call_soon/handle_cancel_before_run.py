"""Cancelling a call_soon handle before it runs removes the call.

cancelled() is False on a fresh handle and True once cancel() was called; the
cancelled callback is skipped while its neighbours in the queue still run in
order.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Handle.cancel
features: call_soon, handles
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


def scenario(loop):
    loop.call_soon(step, "a")
    h = loop.call_soon(step, "b")
    loop.call_soon(step, "c")
    log("fresh handle cancelled?", h.cancelled())
    result = h.cancel()
    log("cancel returned", result, "cancelled?", h.cancelled())
    h.cancel()
    log("second cancel, cancelled?", h.cancelled())
    loop.call_soon(loop.stop)
    loop.run_forever()
    log("after run, cancelled?", h.cancelled())
