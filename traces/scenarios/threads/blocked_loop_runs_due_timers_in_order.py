"""Timers that all fell due during a blocking call run together after it, by deadline.

Three timers come due while a callback blocks; the next iteration runs
them in deadline order, all at the same later time.

spec: https://docs.python.org/3.11/library/asyncio-dev.html#running-blocking-code
features: threads, call_later, time
"""
import asyncio
import time
from loopspec import log


def blocked(loop):
    time.sleep(5)
    log("unblocked at", loop.time())


def timer(loop, n):
    log("timer", n, "at", loop.time())


def scenario(loop):
    loop.call_later(3, timer, loop, 3)
    loop.call_later(1, timer, loop, 1)
    loop.call_later(2, timer, loop, 2)
    loop.call_soon(blocked, loop)
    loop.call_later(6, loop.stop)
    loop.run_forever()
