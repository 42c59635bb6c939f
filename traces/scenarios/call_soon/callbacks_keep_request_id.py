"""Callbacks scheduled while handling a request run with that request's id, even after the handler has moved on.

Each handler task sets its request id, then schedules work with call_soon
and call_later and attaches a done callback to a future; each callback
copies the context at scheduling, so it logs the id of the request that
scheduled it, not the one current when it runs.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: contextvars, call_soon, call_later, futures, sleep
"""
import asyncio
from contextvars import ContextVar
from loopspec import log

REQUEST_ID = ContextVar("request_id", default="-")


def audit(event):
    log("audit", REQUEST_ID.get(), event)


def on_reply(fut):
    log("reply", REQUEST_ID.get(), fut.result())


async def handler(request_id, reply, delay):
    loop = asyncio.get_running_loop()
    REQUEST_ID.set(request_id)
    loop.call_soon(audit, "accepted")
    loop.call_later(delay, audit, "timer")
    reply.add_done_callback(on_reply)
    REQUEST_ID.set(request_id + " (changed)")
    await asyncio.sleep(delay / 2)
    log("handler", REQUEST_ID.get())


async def main():
    loop = asyncio.get_running_loop()
    replies = [loop.create_future(), loop.create_future()]
    a = asyncio.create_task(handler("A", replies[0], 0.2))
    b = asyncio.create_task(handler("B", replies[1], 0.5))
    await asyncio.sleep(0.3)
    replies[1].set_result("for B")
    replies[0].set_result("for A")
    await asyncio.gather(a, b)
    await asyncio.sleep(0.35)
    audit("main")
