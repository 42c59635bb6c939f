"""get_event_loop, set_event_loop and new_event_loop manage the thread's current loop.

The harness loop is current; new_event_loop() makes a different loop that is
neither running nor closed and does not become current until set_event_loop;
set_event_loop(None) leaves no current loop, so get_event_loop() raises.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.get_event_loop
features: event_loop_policy, close
"""
import asyncio
from loopspec import log


def scenario(loop):
    log("current is loop?", asyncio.get_event_loop() is loop)
    other = asyncio.new_event_loop()
    log("new is different?", other is loop, other.is_running(), other.is_closed())
    log("still current is loop?", asyncio.get_event_loop() is loop)
    asyncio.set_event_loop(other)
    log("current is other?", asyncio.get_event_loop() is other)
    asyncio.set_event_loop(None)
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        log("no current loop", e)
    asyncio.set_event_loop(loop)
    other.close()
    log("back to loop?", asyncio.get_event_loop() is loop, other.is_closed())
