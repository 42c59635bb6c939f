"""shutdown_asyncgens() starts the generators' cleanups in weak-set order and runs them concurrently, so sleeping cleanups end in deadline order.

Three generators are left suspended; their `finally` blocks log, sleep
(0.3, 0.1 and 0.2 s) and log again. shutdown_asyncgens() makes one task
per generator in the order it iterates the loop's weak set of generators
(memory addresses in CPython, left open): the "cleanup starts" lines come
in that order. The cleanups overlap, so the "cleanup done" lines come in
deadline order, short, medium, long, and the shutdown ends at t=0.3.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
features: shutdown_asyncgens, run_until_complete, sleep, time, close
order: set-iteration
"""
import asyncio
from loopspec import log


async def resource(name, cleanup_delay):
    try:
        yield name
    finally:
        log(name, "cleanup starts")
        await asyncio.sleep(cleanup_delay)
        log(name, "cleanup done")


async def first_item(gen):
    return await anext(gen)


def scenario(loop):
    long = resource("long", 0.3)
    short = resource("short", 0.1)
    medium = resource("medium", 0.2)
    for gen in [long, short, medium]:
        loop.run_until_complete(first_item(gen))
    loop.run_until_complete(loop.shutdown_asyncgens())
    log("shut down at", loop.time())
    loop.close()
