"""In a fresh program, asyncio.run() leaves no current loop: get_event_loop() then raises.

asyncio.run() makes its loop, sets it as current while the coroutine runs, and
sets None when it closes it. That set_event_loop call means the policy no longer
makes a loop on demand, so get_event_loop() afterwards raises RuntimeError
rather than making a new loop.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: asyncio_run, event_loop_policy
"""
import asyncio
from loopspec import log


async def inside():
    running = asyncio.get_running_loop()
    log("inside: current is running?", asyncio.get_event_loop() is running)
    return running


def scenario():
    loop = asyncio.run(inside())
    log("run's loop closed?", loop.is_closed())
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        log("after run", e)
