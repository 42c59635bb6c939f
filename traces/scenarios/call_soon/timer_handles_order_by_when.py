"""TimerHandles order by their deadline: `<`, `>`, `<=`, `>=` and sorted() compare when().

Handles made in any order sort by when they are due. Two handles due
at the same time are equal only if they also share callback, arguments
and cancelled state; otherwise neither `<=` nor `>=` holds between
them, since those fall back on `==` when the deadlines are the same.
The twins are cancelled before they are due, so no two live timers tie.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.TimerHandle
features: handles, call_later, call_at
"""
import asyncio
from loopspec import log


def tick(name):
    log("tick", name)


async def main():
    loop = asyncio.get_running_loop()
    late = loop.call_later(0.3, tick, "late")
    early = loop.call_at(0.1, tick, "early")
    mid = loop.call_later(0.2, tick, "mid")
    log([h.when() for h in sorted([late, early, mid])])
    log(early < mid, mid > early, late <= late, early >= late)
    twin_a = loop.call_later(0.25, tick, "twin a")
    twin_b = loop.call_later(0.25, tick, "twin b")
    log(twin_a < twin_b, twin_a <= twin_b, twin_a >= twin_b, mid <= twin_a)
    twin_a.cancel()
    twin_b.cancel()
    log(twin_a <= twin_b, twin_a == twin_b)
    await asyncio.sleep(0.5)
