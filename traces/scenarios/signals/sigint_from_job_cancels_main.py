"""SIGINT raised in a job under asyncio.run: Runner's handler runs once the job hands the turn back.

The C-level handler writes the wake-up byte at once, but CPython runs
Python-level handlers on the main thread only: Runner's SIGINT handler
runs when the loop's thread runs again, after the job has finished (and
completed its future). It cancels the main task, which was waiting on
the job's asyncio future: that future is cancelled before the job's
result reaches it, the task ends cancelled, and asyncio.run raises
KeyboardInterrupt.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#handling-keyboard-interruption
features: signals, threads, asyncio_run, cancellation
"""
import asyncio
import signal
from loopspec import log


def job():
    log("job raises SIGINT")
    signal.raise_signal(signal.SIGINT)
    log("job goes on")
    return "job done"


async def body():
    loop = asyncio.get_running_loop()
    try:
        result = await loop.run_in_executor(None, job)
        log("main got", result)
    except asyncio.CancelledError:
        log("main cancelled")
        raise


def scenario():
    try:
        asyncio.run(body())
    except KeyboardInterrupt:
        log("KeyboardInterrupt")
