"""Two sibling tasks under asyncio.timeout(0.1) both time out at t=0.1, in either order.

Each task enters its own timeout block at t=0 and waits far longer than the
deadline. The two timeout timers tie; the loop may expire either block
first, but both raise TimeoutError at t=0.1 and neither task sees the other's
cancellation.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, sleep, tasks, time
order: timer-ties
"""
import asyncio
from loopspec import log


async def patient(name):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(10)
    except TimeoutError:
        log(name, "timed out", loop.time())
    return name


async def main():
    a = asyncio.create_task(patient("a"), name="a")
    b = asyncio.create_task(patient("b"), name="b")
    log("results", await a, await b)
