"""Cancelling the wrapping asyncio future cancels the concurrent future one iteration later.

The chain's done callback on the asyncio side (_call_check_cancel) runs
through call_soon like any done callback; it cancels the concurrent future,
whose own done callbacks then run at once. A concurrent future that is already
running (set_running_or_notify_cancel) refuses the cancel: it stays running,
and its later result is dropped, since the wrapper is cancelled.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: concurrent_futures, futures, cancellation
"""
import asyncio
import concurrent.futures
from loopspec import log


def on_cf_done(cf):
    log("cf done callback, cancelled:", cf.cancelled())


async def main():
    cf = concurrent.futures.Future()
    cf.add_done_callback(on_cf_done)
    fut = asyncio.wrap_future(cf)
    log("wrapper cancel", fut.cancel(), "cf cancelled:", cf.cancelled())
    await asyncio.sleep(0)
    log("next iteration, cf cancelled:", cf.cancelled(), cf.done())

    running = concurrent.futures.Future()
    log("set running", running.set_running_or_notify_cancel(), running.running())
    wrapper = asyncio.wrap_future(running)
    wrapper.cancel()
    await asyncio.sleep(0)
    log("running cf refused:", running.cancelled(), running.running(), running.cancel())
    running.set_result("late")
    await asyncio.sleep(0)
    log("late result kept by cf only:", running.result(), wrapper.cancelled())
