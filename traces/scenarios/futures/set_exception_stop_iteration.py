"""A future refuses StopIteration as its exception up to 3.12; from 3.13 it stores a RuntimeError instead.

A StopIteration raised out of a future's `__await__` would end the
generator that awaits it, silently. Up to 3.12 set_exception() raises
TypeError and the future stays pending; 3.13 finishes the future with a
RuntimeError carrying the same message, which the awaiting task gets.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.set_exception
features: futures, exceptions
"""
import asyncio
from loopspec import log


async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.set_exception(StopIteration())
    except TypeError as e:
        log("refused", e)
    log("done", fut.done())
    if fut.done():
        try:
            await fut
        except RuntimeError as e:
            log("awaited", e)
