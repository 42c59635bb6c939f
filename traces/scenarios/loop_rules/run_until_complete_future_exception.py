"""run_until_complete re-raises the exception the future was completed with.

The same exception object comes out of run_until_complete, and the loop is
stopped and usable afterwards.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_until_complete
features: run_until_complete, futures, call_later, exceptions
"""
import asyncio
from loopspec import log


def scenario(loop):
    fut = loop.create_future()
    err = ValueError("bad")
    loop.call_later(0.1, fut.set_exception, err)
    try:
        loop.run_until_complete(fut)
    except ValueError as e:
        log("raised", e, e is err, loop.time())
    loop.call_soon(log, "loop still usable")
    loop.call_soon(loop.stop)
    loop.run_forever()
