"""Two tasks started together that each sleep 0.1 s wake at the same deadline, in an order the loop may choose.

Both sleeps end at t=0.1, so their timers tie. The loop may wake either task
first: the trace may show "a woke" before "b woke" or the other way round, but
both log at t=0.1, before main's own, longer sleep ends.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_later
features: sleep, tasks, time
order: timer-ties
"""
import asyncio
from loopspec import log


async def napper(name):
    await asyncio.sleep(0.1)
    log(name, "woke", asyncio.get_running_loop().time())


async def main():
    asyncio.create_task(napper("a"), name="a")
    asyncio.create_task(napper("b"), name="b")
    await asyncio.sleep(0.2)
    log("main done")
