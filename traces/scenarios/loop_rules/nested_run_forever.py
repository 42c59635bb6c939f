"""Running a loop from inside its own callback raises 'This event loop is already running'.

Both run_forever and run_until_complete refuse, and the outer run carries on
undisturbed.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_forever
features: nested_run, run_forever, run_until_complete, futures, call_soon, stop
"""
import asyncio
from loopspec import log


def reenter(loop, fut):
    try:
        loop.run_forever()
    except RuntimeError as e:
        log("run_forever", e)
    try:
        loop.run_until_complete(fut)
    except RuntimeError as e:
        log("run_until_complete", e)
    log("still running?", loop.is_running())
    loop.call_soon(fut.set_result, "outer finished")


def scenario(loop):
    fut = loop.create_future()
    loop.call_soon(reenter, loop, fut)
    result = loop.run_until_complete(fut)
    log("outer result", result)
