"""A callback's arguments are shortened as reprlib does it.

Strings longer than 30 characters keep their ends around `...`, lists and
tuples show six items and then `...`, dicts four keys in sorted order. (From
3.13 no arguments are shown at all outside debug mode.)

spec: https://docs.python.org/3.11/library/reprlib.html
features: reprs, call_soon, handles
"""
import asyncio
from loopspec import log


def take(text, items, pair, table):
    pass


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(take, "abcdefghijklmnopqrstuvwxyz0123456789", list(range(10)), (1,),
                       {"e": 5, "d": 4, "c": 3, "b": 2, "a": 1})
    log(repr(h))
    await asyncio.sleep(0)
