"""Work that tied timers schedule with call_soon runs only after both timers, in the timers' order.

The two callbacks due at t=0.1 are moved to the ready queue together, so
both run before anything they call_soon. Their follow-ups then run in the
order the timers ran: either "a", "b", "a soon", "b soon" or "b", "a",
"b soon", "a soon"; never a follow-up between the two timers.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: call_later, call_soon, sleep
order: timer-ties
"""
import asyncio
from loopspec import log


def fire(name, loop):
    log(name)
    loop.call_soon(log, name + " soon")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, fire, "a", loop)
    loop.call_later(0.1, fire, "b", loop)
    await asyncio.sleep(0.2)
    log("main done")
