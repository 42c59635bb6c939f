"""Awaiting shutdown_asyncgens() with no async generators does not yield to the loop.

The call_soon callback queued just before it runs only at the next real
suspension point; the loop is still usable afterwards and Runner's own
shutdown_asyncgens at exit is harmless.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
features: shutdown_asyncgens, call_soon, sleep, runner
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback")
    result = await loop.shutdown_asyncgens()
    log("shutdown returned", result)
    await asyncio.sleep(0)
    log("after sleep(0)")
    loop.call_later(0.1, log, "timer still works")
    await asyncio.sleep(0.2)
    return "ok"
