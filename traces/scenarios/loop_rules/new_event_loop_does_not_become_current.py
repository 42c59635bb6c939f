"""new_event_loop() alone does not make a current loop: get_event_loop() still makes another.

A loop from new_event_loop() is current only once passed to set_event_loop. In
a program that never set one, get_event_loop() therefore makes (and sets) a
second loop, different from the first, and returns that one from then on.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.new_event_loop
features: event_loop_policy, close
"""
import asyncio
from loopspec import log


def scenario():
    made = asyncio.new_event_loop()
    current = asyncio.get_event_loop()
    log("current is the new loop?", current is made)
    log("the same current after?", asyncio.get_event_loop() is current)
    log("both open?", made.is_closed(), current.is_closed())
    made.close()
    log("current still open?", asyncio.get_event_loop() is current, current.is_closed())
