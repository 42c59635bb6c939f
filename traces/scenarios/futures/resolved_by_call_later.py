"""Bound future methods work as timer callbacks: call_later(0.1, fut.set_result, 5).

The awaiting task resumes at the timer's time with the value; a second future
failed by call_later(..., fut.set_exception, err) raises in its awaiter.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: futures, call_later, time, exceptions
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    good = loop.create_future()
    bad = loop.create_future()
    loop.call_later(0.1, good.set_result, 5)
    loop.call_later(0.2, bad.set_exception, KeyError("nope"))
    value = await good
    log("good", value, loop.time())
    try:
        await bad
    except KeyError as e:
        log("bad", e, loop.time())
