"""A bound method as a callback is written by its qualified name, with no source location.

Only plain functions carry ` at file:line`: a method bound to an instance
of the program's class, or a Future's own method, does not.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.Handle
features: reprs, call_soon, handles, futures
"""
import asyncio
from loopspec import log


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by):
        self.n += by


async def main():
    loop = asyncio.get_running_loop()
    c = Counter()
    fut = loop.create_future()
    log(repr(loop.call_soon(c.bump, 3)))
    log(repr(loop.call_soon(fut.set_result, 5)))
    log("result", await fut, c.n)
