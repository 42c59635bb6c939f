"""In debug mode call_soon, call_later and call_at refuse a callback that is not callable, at the call; outside it the error comes only when the callback runs.

A loop in debug mode checks each callback where it is scheduled: a value
that is not callable is a TypeError naming the method (call_later names
call_at, which it calls) and the value's repr, and no handle is made.
Without debug mode the same call succeeds, and the TypeError surfaces when
the loop tries to run the callback, as an error in a callback.

spec: https://docs.python.org/3.11/library/asyncio-dev.html#debug-mode
features: debug, call_soon, call_later, call_at, exception_handler
"""
import asyncio
from loopspec import log


def handler(loop, context):
    log("handler", context["message"][:21], type(context["exception"]).__name__)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.set_debug(True)
    for schedule in (lambda: loop.call_soon(42), lambda: loop.call_later(0.1, "later"),
                     lambda: loop.call_at(loop.time() + 0.1, None),
                     lambda: loop.call_soon_threadsafe([1])):
        try:
            schedule()
        except TypeError as e:
            log("refused", str(e))
    loop.set_debug(False)
    handle = loop.call_soon(42)
    log("accepted", type(handle).__name__)
    await asyncio.sleep(0)
    log("done")
