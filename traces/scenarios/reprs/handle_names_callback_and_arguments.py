"""A Handle's repr names its callback, the arguments, and where the function is defined.

The callback is written by its qualified name, then its arguments as
reprlib writes them, then ` at file:line` of the function's `def`. Since
3.13 the arguments are shown in debug mode only, so the parentheses stay
empty there.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Handle
features: reprs, call_soon, handles
"""
import asyncio
from loopspec import log


def greet(name, times):
    log("greet", name, times)


async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(greet, "ada", 2)
    log(repr(h))
    await asyncio.sleep(0)
    log("after run", repr(h))
