"""When most of over a hundred timers are cancelled the loop drops them all in one sweep, and the live ones still fire in deadline order.

Cancelled timers normally leave the loop's heap one by one, as each reaches
its head. With more than 100 timers scheduled and more than half of them
cancelled, the loop instead rebuilds the heap from the live timers at the
start of its next iteration. Nothing of that may show: the 30 live timers
fire at their own deadlines, earliest first, and none of the 90 cancelled
ones runs. Each deadline is distinct, so no order is left open.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.TimerHandle.cancel
features: call_later, time
"""
import asyncio
from loopspec import log


def fire(i, loop):
    log("fired", i, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    handles = [loop.call_later(0.01 * (120 - i), fire, i, loop) for i in range(120)]
    for i, h in enumerate(handles):
        if i % 4 != 0:
            h.cancel()
    log("cancelled", sum(1 for h in handles if h.cancelled()))
    await asyncio.sleep(1.5)
    log("done")
