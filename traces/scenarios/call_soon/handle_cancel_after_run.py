"""Cancelling a handle whose callback already ran has no effect on the loop.

The callback is not run again and nothing else is disturbed; the handle merely
reports cancelled() == True from then on (CPython sets the flag even after the
call happened).

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Handle.cancel
features: call_soon, handles, sleep
"""
import asyncio
from loopspec import log


def step(name):
    log("run", name)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(step, "once")
    await asyncio.sleep(0)
    log("ran; cancelled?", h.cancelled())
    h.cancel()
    log("cancelled after run?", h.cancelled())
    loop.call_soon(step, "next")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("end")
