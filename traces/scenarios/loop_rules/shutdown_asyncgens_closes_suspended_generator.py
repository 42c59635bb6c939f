"""shutdown_asyncgens() closes an async generator left suspended at a yield: its `finally` runs, awaits included, inside the shutdown; a generator already exhausted or closed is not run again.

The scenario keeps the generators in its own locals, so that they are
alive when the loop shuts them down (a generator CPython frees earlier is
finalized by its garbage collector instead, which no scenario relies on).

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
features: shutdown_asyncgens, run_until_complete, sleep, close
"""
import asyncio
from loopspec import log


async def stream(name):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0.1)
    finally:
        log(name, "cleanup starts")
        await asyncio.sleep(0.5)
        log(name, "cleanup done")


async def take(gen, n):
    got = []
    async for x in gen:
        got.append(x)
        if len(got) == n:
            break
    return got


def scenario(loop):
    left_open = stream("left open")
    finished = stream("finished")
    log(loop.run_until_complete(take(left_open, 2)))
    log(loop.run_until_complete(take(finished, 1)))
    loop.run_until_complete(finished.aclose())
    log("shutting down at", loop.time())
    loop.run_until_complete(loop.shutdown_asyncgens())
    log("shut down at", loop.time())
    loop.run_until_complete(loop.shutdown_asyncgens())
    log("second shutdown at", loop.time())
    loop.close()
