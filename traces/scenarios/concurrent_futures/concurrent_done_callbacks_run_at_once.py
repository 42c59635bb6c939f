"""A concurrent future's done callbacks run at once, inside the call that completes it.

Unlike an asyncio future's, they are not scheduled: set_result (or
set_exception, cancel) calls each in registration order before returning. An
Exception raised by one is logged by concurrent.futures and dropped: the next
callback still runs and set_result returns normally.

spec: https://docs.python.org/3.11/library/concurrent.futures.html#concurrent.futures.Future.add_done_callback
features: concurrent_futures, exceptions
"""
import asyncio
import concurrent.futures
from loopspec import log


def first(f):
    log("first", f.result())


def failing(f):
    log("failing raises")
    raise ValueError("ignored")


def last(f):
    log("last", f.done())


async def main():
    cf = concurrent.futures.Future()
    cf.add_done_callback(first)
    cf.add_done_callback(failing)
    cf.add_done_callback(last)
    log("set_result")
    cf.set_result("r")
    log("set_result returned")
    await asyncio.sleep(0)
    log("nothing was scheduled")
