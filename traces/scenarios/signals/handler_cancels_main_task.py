"""A SIGTERM handler that cancels the main task: graceful shutdown under asyncio.run.

The task sees CancelledError at its await, cleans up, and asyncio.run
raises CancelledError to its caller.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: signals, cancellation, asyncio_run, current_task
"""
import asyncio
import signal
from loopspec import log


async def body():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, asyncio.current_task().cancel)
    loop.call_later(1, signal.raise_signal, signal.SIGTERM)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("cleaning up at", loop.time())
        raise


def scenario():
    try:
        asyncio.run(body())
    except asyncio.CancelledError:
        log("asyncio.run raised CancelledError")
