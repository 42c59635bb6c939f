"""Awaiting a future that is already done does not yield to the loop.

The awaiting task continues synchronously with the result; a sibling task
ready to run gets its turn only at the next real suspension.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future
features: futures, tasks, sleep
"""
import asyncio
from loopspec import log


async def sibling():
    log("sibling runs")


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    asyncio.create_task(sibling())
    result = await fut
    log("awaited", result)
    result = await fut
    log("awaited again", result)
    await asyncio.sleep(0)
    log("after sleep(0)")
