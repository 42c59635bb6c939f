"""asyncio.run() sets its loop as the current loop while it runs and unsets it afterwards.

Inside, get_event_loop() is the running loop. After run returns, the current
loop is None (not the loop that was current before), so get_event_loop()
raises RuntimeError; the original loop is still open, and can be set again.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: asyncio_run, event_loop_policy
"""
import asyncio
from loopspec import log


async def inside():
    running = asyncio.get_running_loop()
    return asyncio.get_event_loop() is running


def scenario(loop):
    log("current is harness loop?", asyncio.get_event_loop() is loop)
    log("inside: current is running?", asyncio.run(inside()))
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        log("after run", e)
    log("original open?", loop.is_closed() is False)
    asyncio.set_event_loop(loop)
    log("restored?", asyncio.get_event_loop() is loop)
