"""In debug mode a coroutine or a coroutine function given as a callback is refused where it is scheduled.

Scheduling `async def` code with call_soon or call_later is a common
mistake: the callback would only make a coroutine object and drop it. A
loop in debug mode says so at once, with a TypeError naming the method, for
a coroutine function, a functools.partial of one, and a coroutine object.

spec: https://docs.python.org/3.11/library/asyncio-dev.html#debug-mode
features: debug, call_soon, call_later
"""
import asyncio
import functools
from loopspec import log


async def job(n):
    return n


async def main():
    loop = asyncio.get_running_loop()
    loop.set_debug(True)
    coro = job(3)
    for name, cb in (("function", job), ("partial", functools.partial(job, 1)), ("coroutine", coro)):
        for method in (loop.call_soon, functools.partial(loop.call_later, 0.1)):
            try:
                method(cb)
            except TypeError as e:
                log(name, str(e))
    log("awaited anyway", await coro)
