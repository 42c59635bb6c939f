"""A StopIteration escaping an async generator's body becomes RuntimeError('async generator raised StopIteration').

The consumer's `__anext__()` raises the RuntimeError instead of giving an
item or ending the iteration; the generator is finished afterwards, so
the next `__anext__()` raises StopAsyncIteration.

spec: https://docs.python.org/3.11/library/exceptions.html#StopIteration
features: exceptions
"""
import asyncio
from loopspec import log


async def numbers():
    yield 1
    raise StopIteration


async def main():
    gen = numbers()
    log(await gen.__anext__())
    try:
        await gen.__anext__()
    except RuntimeError as e:
        log("second item", e)
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        log("finished")
