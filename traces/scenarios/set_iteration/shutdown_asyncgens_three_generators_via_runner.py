"""Runner.close() shuts down three suspended async generators in the order of the loop's weak set, their finally blocks logging in that order.

The generators stay referenced by the scenario's locals while a Runner
runs a consumer that takes one item from each. When the `with` block ends,
Runner.close() calls shutdown_asyncgens(), which closes every live
generator, one task per generator, in the order it walks the loop's weak
set of generators; CPython's order there follows memory addresses and is
left open. All three are closed before "closed" is logged.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
features: shutdown_asyncgens, runner, sleep
order: set-iteration
"""
import asyncio
from loopspec import log


async def feed(name):
    try:
        n = 0
        while True:
            n += 1
            yield n
            await asyncio.sleep(0.1)
    finally:
        log(name, "closed")


async def take_one_each(gens):
    return [await anext(g) for g in gens]


def scenario(loop):
    apples = feed("apples")
    pears = feed("pears")
    plums = feed("plums")
    with asyncio.Runner() as runner:
        log(runner.run(take_one_each([apples, pears, plums])))
    log("closed")
