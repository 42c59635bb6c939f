"""call_at with a deadline in the past runs in the next iteration without moving the clock.

The timer is due immediately, but it joins the ready queue only when the next
iteration starts: it runs after the call_soon callback and after the main
task's own resumption (both queued during the current step), and loop.time()
is unchanged.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_at
features: call_at, call_soon, handles, time, sleep
"""
import asyncio
from loopspec import log


def step(name, loop):
    log("run", name, loop.time())


async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.5)
    h = loop.call_at(loop.time() - 10, step, "past", loop)
    loop.call_soon(step, "soon", loop)
    log("when", h.when())
    await asyncio.sleep(0)
    log("main resumed", loop.time())
