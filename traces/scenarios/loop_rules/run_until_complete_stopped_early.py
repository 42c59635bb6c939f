"""run_until_complete raises RuntimeError if the loop is stopped before the future is done.

The future stays pending and usable: a later run_until_complete on the same
future returns its result once it completes.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: run_until_complete, stop, futures, call_later
"""
import asyncio
from loopspec import log


def scenario(loop):
    fut = loop.create_future()
    loop.call_later(0.1, loop.stop)
    loop.call_later(0.2, fut.set_result, "late")
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        log("stopped early", e, loop.time())
    log("future done?", fut.done())
    result = loop.run_until_complete(fut)
    log("second run", result, loop.time())
    return result
