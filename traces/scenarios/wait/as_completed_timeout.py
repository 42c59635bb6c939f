"""as_completed(timeout=...) makes every await still pending at the timeout raise TimeoutError; it cancels nothing.

Two results arrive before the 0.25 timeout; the two remaining awaits each
raise TimeoutError at 0.25, the second one without waiting at all. The tasks
behind them are not cancelled and finish at 0.4 and 0.5.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed, exceptions, tasks, gather, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    log(name, "finished", asyncio.get_running_loop().time())
    return name


async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(job("a", 0.1), name="a")
    b = asyncio.create_task(job("b", 0.2), name="b")
    c = asyncio.create_task(job("c", 0.4), name="c")
    d = asyncio.create_task(job("d", 0.5), name="d")
    for aw in asyncio.as_completed([a, b, c, d], timeout=0.25):
        try:
            r = await aw
            log("got", r, loop.time())
        except TimeoutError as e:
            log("timeout", e, loop.time(), c.cancelled(), d.cancelled())
    r = await asyncio.gather(c, d)
    log("finished anyway", r, loop.time())
