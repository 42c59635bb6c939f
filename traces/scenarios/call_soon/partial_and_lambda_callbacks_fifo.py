"""Callbacks made with functools.partial and lambda wait in the same FIFO ready queue as plain ones; a cancelled handle is skipped.

asyncio formats partial callbacks specially for debugging, but runs them
like any other callable: in the order call_soon was called.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: call_soon, handles
"""
import functools
from loopspec import log


def scenario(loop):
    loop.call_soon(log, "plain", 1)
    loop.call_soon(functools.partial(log, "partial"), 2)
    h = loop.call_soon(lambda: log("cancelled"))
    loop.call_soon(lambda: log("lambda", 3))
    loop.call_soon(functools.partial(loop.call_soon, log, "scheduled by a partial"))
    loop.call_soon(loop.stop)
    h.cancel()
    loop.run_forever()
    log("stopped")
    loop.run_until_complete(loop.create_task(tick()))


async def tick():
    log("tick")
