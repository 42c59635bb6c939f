"""A Runner can run several coroutines; they share one loop and its clock.

Both runs see the same loop (also returned by get_loop()); the clock keeps the
time reached by the first run; the loop is closed when the with-block ends.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner
features: runner, sleep, time, close
"""
import asyncio
from loopspec import log


async def step(name, delay):
    loop = asyncio.get_running_loop()
    log("start", name, loop.time())
    await asyncio.sleep(delay)
    log("end", name, loop.time())
    return loop


def scenario(loop):
    with asyncio.Runner() as runner:
        first = runner.run(step("first", 0.1))
        second = runner.run(step("second", 0.2))
        log("same loop?", first is second, runner.get_loop() is first)
        log("running?", first.is_running(), "closed?", first.is_closed())
    log("closed after with?", first.is_closed())
