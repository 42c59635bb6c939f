"""Once the wrapper's loop is closed, completing the concurrent future leaves the wrapper alone.

The chain's callback on the concurrent side (_call_set_state) checks the
asyncio future's loop before it schedules anything: on a closed loop it does
nothing, where call_soon_threadsafe would raise RuntimeError inside
set_result. So set_result and cancel return normally, and the wrapper keeps
the state it had when the loop closed (pending, or cancelled without its own
callback having reached the concurrent future).

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: concurrent_futures, futures, close
"""
import asyncio
import concurrent.futures
from loopspec import log


def scenario(loop):
    pending = concurrent.futures.Future()
    left_pending = asyncio.wrap_future(pending, loop=loop)
    cancelled = concurrent.futures.Future()
    was_cancelled = asyncio.wrap_future(cancelled, loop=loop)
    log("cancel the wrapper", was_cancelled.cancel())
    loop.close()
    pending.set_result("too late")
    log("pending side", pending.result(), left_pending.done())
    cancelled.set_result("too late")
    log("cancelled side", cancelled.result(), was_cancelled.cancelled())
