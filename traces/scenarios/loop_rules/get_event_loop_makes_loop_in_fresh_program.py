"""In a program that never set a loop, get_event_loop() makes one, sets it, and keeps returning it.

The legacy pattern `loop = asyncio.get_event_loop(); loop.run_until_complete(...)`:
with no current loop in the main thread and set_event_loop never called, the
policy makes a new loop (idle and open) and makes it current, so a second call
returns the same loop. That loop is the one run_until_complete runs: inside,
get_running_loop() and get_event_loop() are it. (3.12 and 3.13 also warn with a
DeprecationWarning, which is not part of the trace.)

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.get_event_loop
features: event_loop_policy, run_until_complete, sleep
"""
import asyncio
from loopspec import log


async def job(loop):
    log("running is it?", asyncio.get_running_loop() is loop, asyncio.get_event_loop() is loop)
    await asyncio.sleep(0.5)
    return "done"


def scenario():
    loop = asyncio.get_event_loop()
    log("new loop", loop.is_running(), loop.is_closed(), loop.time())
    log("same on a second call?", asyncio.get_event_loop() is loop)
    result = loop.run_until_complete(job(loop))
    log("result", result, loop.time())
    log("still current?", asyncio.get_event_loop() is loop, loop.is_closed())
    return result
