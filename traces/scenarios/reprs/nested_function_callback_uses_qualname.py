"""A function defined inside another is named by its qualified name in a callback's repr.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Handle
features: reprs, call_soon, handles
"""
import asyncio
from loopspec import log


async def main():
    def inner():
        log("inner ran")

    loop = asyncio.get_running_loop()
    log(repr(loop.call_soon(inner)))
    log(repr(loop.call_soon(lambda: None)))
    await asyncio.sleep(0)
