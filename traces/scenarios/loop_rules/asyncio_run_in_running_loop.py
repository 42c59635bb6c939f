"""asyncio.run() inside a running loop raises RuntimeError without touching the coroutine.

The check comes first, so the coroutine object passed in is neither started
nor closed: the caller can still await it.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.run
features: asyncio_run, nested_run, sleep
"""
import asyncio
from loopspec import log


async def work():
    await asyncio.sleep(0.1)
    return "work done"


async def main():
    coro = work()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        log("refused", e)
    result = await coro
    log("awaited instead", result, asyncio.get_running_loop().time())
