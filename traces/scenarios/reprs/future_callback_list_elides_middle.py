"""A Future's repr lists its done callbacks: one or two in full, more as first, count, last.

Each callback is written as `name() at file:line`, without arguments.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.add_done_callback
features: reprs, futures
"""
import asyncio
from loopspec import log


def first(fut):
    pass


def middle(fut):
    pass


def last(fut):
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(first)
    log(repr(fut))
    fut.add_done_callback(last)
    log(repr(fut))
    fut.remove_done_callback(last)
    fut.add_done_callback(middle)
    fut.add_done_callback(middle)
    fut.add_done_callback(last)
    log(repr(fut))
    fut.set_result(None)
    log(repr(fut))
    await asyncio.sleep(0)
    log(repr(fut))
