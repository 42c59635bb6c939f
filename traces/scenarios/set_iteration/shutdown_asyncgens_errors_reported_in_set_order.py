"""Errors raised by async generators while shutdown_asyncgens() closes them are reported in the order of the loop's weak set.

Two generators left suspended raise from their `finally`. The shutdown
closes them with gather(return_exceptions=True) in the order it walks the
weak set of live generators (memory addresses in CPython; open), and then
walks its list of them again to report each Exception to the loop's
exception handler. The "raising" lines and the unhandled events therefore
show the same order; both errors are reported whatever it is, and
shutdown_asyncgens() itself returns normally.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.shutdown_asyncgens
features: shutdown_asyncgens, run_until_complete, exceptions, exception_handler, close
order: set-iteration
"""
import asyncio
from loopspec import log


async def faulty(name):
    try:
        yield name
    finally:
        log(name, "raising")
        raise ValueError(name)


async def first_item(gen):
    return await anext(gen)


def scenario(loop):
    red = faulty("red")
    blue = faulty("blue")
    log(loop.run_until_complete(first_item(red)), loop.run_until_complete(first_item(blue)))
    log("shutdown returns", loop.run_until_complete(loop.shutdown_asyncgens()))
    loop.close()
