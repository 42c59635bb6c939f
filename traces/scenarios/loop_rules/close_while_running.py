"""close() on a running loop raises RuntimeError and leaves the loop running.

The error is raised to the caller (here caught in the callback); the loop is
not closed and keeps processing callbacks until stopped.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.close
features: close, call_soon, run_forever, stop
"""
import asyncio
from loopspec import log


def try_close(loop):
    try:
        loop.close()
    except RuntimeError as e:
        log("close failed", e)
    log("closed?", loop.is_closed(), "running?", loop.is_running())
    loop.call_soon(log, "still scheduling")
    loop.call_soon(loop.stop)


def scenario(loop):
    loop.call_soon(try_close, loop)
    loop.run_forever()
    loop.close()
    log("closed after run?", loop.is_closed())
