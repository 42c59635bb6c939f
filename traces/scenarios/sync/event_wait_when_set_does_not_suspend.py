"""Event.wait() on an event that is already set returns True without yielding to the loop.

A call_soon callback scheduled just before runs only after the second log:
no loop iteration happened in between.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Event.wait
features: event, call_soon, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    ev.set()
    loop.call_soon(log, "callback")
    r = await ev.wait()
    log("wait returned", r)
    r = await ev.wait()
    log("again", r)
    await asyncio.sleep(0)
    log("after sleep(0)")
