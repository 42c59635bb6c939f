"""A future of a closed loop can complete, but scheduling its callbacks fails.

set_result on a future without callbacks just stores the result. Adding a
done callback to it needs call_soon, which raises RuntimeError('Event loop is
closed').

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future.add_done_callback
features: close, futures
"""
import asyncio
from loopspec import log


def on_done(fut):
    log("never runs")


def scenario(loop):
    fut = loop.create_future()
    loop.close()
    fut.set_result(1)
    log("done", fut.done(), fut.result())
    try:
        fut.add_done_callback(on_done)
    except RuntimeError as e:
        log("add_done_callback", e)
