"""A main task that absorbs the SIGINT cancellation returns normally from asyncio.run.

It catches CancelledError and calls uncancel(), so no cancel request is
left: asyncio.run returns its value. One that swallows the cancellation
without uncancel() still returns normally, as its task ends with a result.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#handling-keyboard-interruption
features: signals, asyncio_run, cancellation, current_task
"""
import asyncio
import signal
from loopspec import log


async def absorbing(uncancel):
    signal.raise_signal(signal.SIGINT)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        if uncancel:
            log("uncancel ->", asyncio.current_task().uncancel())
        log("absorbed")
    return "result"


def scenario():
    log("returned", asyncio.run(absorbing(True)))
    log("returned", asyncio.run(absorbing(False)))
