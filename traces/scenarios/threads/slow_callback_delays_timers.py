"""A callback that blocks the loop's thread with time.sleep delays the timers that fall due meanwhile.

time.sleep blocks the whole loop: nothing else runs until it returns, and
a timer due during the sleep runs late, in the next iteration after it.

spec: https://docs.python.org/3.11/library/asyncio-dev.html#running-blocking-code
features: threads, call_later, call_soon, time
"""
import asyncio
import time
from loopspec import log


def slow(loop):
    log("slow starts at", loop.time())
    time.sleep(2.5)
    log("slow ends at", loop.time())


def timer(loop, name):
    log(name, "runs at", loop.time())


def scenario(loop):
    loop.call_later(1, timer, loop, "due at 1")
    loop.call_later(3, timer, loop, "due at 3")
    loop.call_soon(slow, loop)
    loop.call_soon(timer, loop, "soon after slow")
    loop.call_later(4, loop.stop)
    loop.run_forever()
