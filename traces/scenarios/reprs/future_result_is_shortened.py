"""A finished Future's result is written with reprlib's limits.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future
features: reprs, futures
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    words = loop.create_future()
    words.set_result("a fairly long result string that goes on")
    log(repr(words))
    nums = loop.create_future()
    nums.set_result([[1, [2, [3, [4, [5, [6, [7]]]]]]], (8,), 9, 10, 11, 12, 13])
    log(repr(nums))
