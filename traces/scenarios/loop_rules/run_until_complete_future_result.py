"""run_until_complete on a future returns its result once a timer resolves it.

The loop advances the virtual clock to the timer, the future's done callback
stops the loop, and the result is returned.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: run_until_complete, futures, call_later, time
"""
import asyncio
from loopspec import log


def scenario(loop):
    fut = loop.create_future()
    loop.call_later(0.1, fut.set_result, 42)
    result = loop.run_until_complete(fut)
    log("result", result, loop.time(), loop.is_running())
    return result
