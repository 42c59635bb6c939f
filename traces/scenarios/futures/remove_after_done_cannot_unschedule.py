"""Once the future is done its callbacks are already scheduled: remove_done_callback returns 0.

Completing the future hands every callback to call_soon and empties the
callback list, so a later remove_done_callback finds nothing and the callback
still runs.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.remove_done_callback
features: futures, sleep
"""
import asyncio
from loopspec import log


def on_done(fut):
    log("callback ran anyway", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.set_result("done")
    log("removed", fut.remove_done_callback(on_done))
    await asyncio.sleep(0)
    log("end")
