"""In a callback or coroutine, get_event_loop() returns the running loop, not the current one.

Even after set_event_loop() made another loop current, code running in a loop
gets that running loop from get_event_loop().

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.get_event_loop
features: event_loop_policy, run_until_complete, sleep
"""
import asyncio
from loopspec import log


async def probe(loop, other):
    log("running loop?", asyncio.get_event_loop() is loop)
    await asyncio.sleep(0.1)
    log("still running loop?", asyncio.get_event_loop() is loop, asyncio.get_event_loop() is other)
    return "probed"


def scenario(loop):
    other = asyncio.new_event_loop()
    asyncio.set_event_loop(other)
    result = loop.run_until_complete(probe(loop, other))
    log("outside, current is other?", asyncio.get_event_loop() is other, result)
    asyncio.set_event_loop(loop)
    other.close()
