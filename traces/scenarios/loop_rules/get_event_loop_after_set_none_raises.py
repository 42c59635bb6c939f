"""After set_event_loop(None), get_event_loop() raises RuntimeError instead of making a loop.

The policy makes a loop on demand only while set_event_loop was never called
in the thread. Setting None counts as a call: get_event_loop() then raises
RuntimeError, every time, and no loop appears until one is set.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.get_event_loop
features: event_loop_policy
"""
import asyncio
from loopspec import log


def get_or_error():
    try:
        return asyncio.get_event_loop()
    except RuntimeError as e:
        log("raised", e)
        return None


def scenario():
    asyncio.set_event_loop(None)
    log("first", get_or_error())
    log("second", get_or_error())
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    log("set, then current?", get_or_error() is loop)
    loop.close()
