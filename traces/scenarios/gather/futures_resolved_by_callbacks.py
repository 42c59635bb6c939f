"""gather() accepts plain futures and returns whatever callbacks set on them.

Futures are used as they are (no task wraps them). One is resolved by a
call_soon callback, two by call_later timers; an exception set by a timer
is collected with return_exceptions=True.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, futures, call_soon, call_later, exceptions, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    a = loop.create_future()
    b = loop.create_future()
    c = loop.create_future()
    loop.call_later(0.2, a.set_result, "a")
    loop.call_soon(b.set_result, "b")
    loop.call_later(0.1, c.set_exception, KeyError("c"))
    r = await asyncio.gather(a, b, c, return_exceptions=True)
    log("results", r, loop.time())
