"""Several tasks awaiting one future all wake, in the order they started waiting.

Each awaiting task registered a done callback; completing the future schedules
them in that order, and each gets the same result.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.add_done_callback
features: futures, tasks, call_later, sleep
"""
import asyncio
from loopspec import log


async def waiter(name, fut):
    log("waiting", name)
    value = await fut
    log("woke", name, value)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t1 = asyncio.create_task(waiter("c", fut))
    t2 = asyncio.create_task(waiter("a", fut))
    t3 = asyncio.create_task(waiter("b", fut))
    await asyncio.sleep(0)
    loop.call_later(0.1, fut.set_result, "go")
    await asyncio.gather(t1, t2, t3)
    log("all woke", loop.time())
