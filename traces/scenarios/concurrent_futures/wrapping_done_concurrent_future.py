"""Wrapping a concurrent future that is already done: the wrapper is done one iteration later.

A done callback added to a done concurrent future runs at once, inside
add_done_callback. So wrap_future's chain schedules the copy of the state
with call_soon_threadsafe before wrap_future returns, and the wrapper is
still pending until that callback's turn in the ready queue.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: concurrent_futures, futures, call_soon
"""
import asyncio
import concurrent.futures
from loopspec import log


def tick(when, wrapped):
    log("queued", when, "wrap_future: wrapper done", wrapped[0].done())


async def main():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    cf.set_result("ready")
    cf.add_done_callback(lambda f: log("added to a done cf: runs at once", f.result()))
    log("after add_done_callback")
    wrapped = []
    loop.call_soon(tick, "before", wrapped)
    fut = asyncio.wrap_future(cf)
    wrapped.append(fut)
    log("wrapped", fut.done())
    loop.call_soon(tick, "after", wrapped)
    log("await", await fut)
