"""Three sibling tasks sleeping 0.1 s from the same moment wake in any of the six orders.

All three timers fall due at t=0.1 in one loop iteration. Any permutation of
the three "woke" lines is allowed; none of them may appear at another time,
and main's 0.2 s sleep ends only after all three.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: sleep, tasks
order: timer-ties
"""
import asyncio
from loopspec import log


async def napper(name):
    await asyncio.sleep(0.1)
    log(name, "woke")


async def main():
    for name in ["a", "b", "c"]:
        asyncio.create_task(napper(name), name=name)
    await asyncio.sleep(0.2)
    log("main done")
