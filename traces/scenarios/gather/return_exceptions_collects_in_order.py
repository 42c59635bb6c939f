"""With return_exceptions=True, exceptions are returned as results in argument order.

A child's failure no longer ends the gather early: it waits for every
child and puts each exception object where the child's result would be.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, exceptions, sleep, time
"""
import asyncio
from loopspec import log


async def ok(v, delay):
    await asyncio.sleep(delay)
    return v


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def main():
    r = await asyncio.gather(
        fail(ValueError("first"), 0.1),
        ok(1, 0.3),
        fail(KeyError("k"), 0.2),
        ok("two", 0.05),
        return_exceptions=True,
    )
    log("results", r)
    log("at", asyncio.get_running_loop().time())
