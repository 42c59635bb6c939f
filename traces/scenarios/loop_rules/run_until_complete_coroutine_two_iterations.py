"""run_until_complete of a coroutine that never suspends still takes two loop iterations.

Iteration 1 runs the task's first step, which finishes the coroutine and
queues the task's done callback; iteration 2 runs that callback, which stops
the loop. A call_soon chain running alongside makes exactly two hops.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: run_until_complete, tasks, call_soon
"""
import asyncio
from loopspec import log


async def quick():
    log("coroutine runs")
    return "quick"


def hop(loop, n):
    log("hop", n)
    loop.call_soon(hop, loop, n + 1)


def scenario(loop):
    loop.call_soon(hop, loop, 1)
    result = loop.run_until_complete(quick())
    log("returned", result, loop.time())
