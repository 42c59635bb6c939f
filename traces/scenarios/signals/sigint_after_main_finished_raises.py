"""SIGINT raised after the main task has finished raises KeyboardInterrupt at once.

The Runner's handler cancels only a main task that is not done; a task done
callback that raises SIGINT gets KeyboardInterrupt from raise_signal, which
leaves the loop.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#handling-keyboard-interruption
features: signals, asyncio_run, futures
"""
import asyncio
import signal
from loopspec import log


def interrupt(task):
    log("task done, raising SIGINT")
    signal.raise_signal(signal.SIGINT)


async def body():
    asyncio.current_task().add_done_callback(interrupt)
    return "main result"


def scenario():
    try:
        log("returned", asyncio.run(body()))
    except KeyboardInterrupt:
        log("asyncio.run raised KeyboardInterrupt")
