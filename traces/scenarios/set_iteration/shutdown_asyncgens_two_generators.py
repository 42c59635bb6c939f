"""loop.shutdown_asyncgens() closes two suspended async generators in the order of the loop's weak set of generators.

Both generators are iterated once, inside the running loop (which
registers them with it), and left suspended at their `yield`;
the scenario keeps them in its locals so that they are alive at shutdown.
The loop tracks live async generators in a weak set, and
shutdown_asyncgens() closes them in the order it iterates that set, which
in CPython follows memory addresses; the `finally` lines show it. Either
order is permitted; both generators are closed before the shutdown returns.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
features: shutdown_asyncgens, run_until_complete, close
order: set-iteration
"""
import asyncio
from loopspec import log


async def numbers(name):
    try:
        yield 1
        yield 2
    finally:
        log(name, "finally")


async def first_item(gen):
    return await anext(gen)


def scenario(loop):
    first = numbers("first")
    second = numbers("second")
    log(loop.run_until_complete(first_item(first)), loop.run_until_complete(first_item(second)))
    loop.run_until_complete(loop.shutdown_asyncgens())
    log("shut down")
    loop.close()
