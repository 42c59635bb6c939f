"""Two call_soon chains interleave one hop per loop iteration.

A callback that re-queues itself is deferred to the next iteration, so two
chains started together alternate strictly: x1 y1 x2 y2 x3 y3. A loop that
drained newly queued callbacks in the same pass would run one chain to the end
first.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: call_soon, sleep
"""
import asyncio
from loopspec import log


def hop(loop, name, n):
    log("hop", name, n)
    if n < 3:
        loop.call_soon(hop, loop, name, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(hop, loop, "x", 1)
    loop.call_soon(hop, loop, "y", 1)
    for i in range(4):
        await asyncio.sleep(0)
        log("main iteration", i)
