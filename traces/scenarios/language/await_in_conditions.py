"""An await may stand in the test of `if`, `elif` and `while`; a while test is awaited again before every pass.

The consumer loops `while (await queue.get()) is not None`, so each pass
begins by waiting for the next item; the producer's None ends it.

spec: https://docs.python.org/3.11/reference/compound_stmts.html#the-while-statement
features: queue, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def check(v):
    await asyncio.sleep(0)
    return v


async def produce(queue):
    for item in [1, 2, None]:
        await asyncio.sleep(0.1)
        await queue.put(item)


async def main():
    loop = asyncio.get_running_loop()
    if await check(False):
        log("not here")
    elif await check(True):
        log("elif taken")
    queue = asyncio.Queue()
    producer = asyncio.create_task(produce(queue))
    passes = 0
    while (await queue.get()) is not None:
        passes += 1
        log("pass", passes, loop.time())
    log("ended", passes, loop.time())
    await producer
