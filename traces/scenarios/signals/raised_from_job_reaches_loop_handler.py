"""A signal raised in a job: the loop's handler runs in the iteration after the select that ran the job.

The job's raise writes the wake-up byte while the job runs, in step 1 of
the loop's select; the poll of step 2 finds the self-pipe readable, so
the select returns at once, the self-pipe's reader runs in that
iteration's batch and queues the handler, which runs one iteration
later. A callback chain started with the job counts the iterations.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.add_signal_handler
features: signals, threads, call_soon, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def job():
    log("job raises SIGUSR1")
    signal.raise_signal(signal.SIGUSR1)
    log("job returns")
    return "done"


def tick(loop, n):
    log("tick", n)
    if n < 4:
        loop.call_soon(tick, loop, n + 1)


async def main():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, log, "handler")
    loop.call_soon(tick, loop, 0)
    log("awaited", await loop.run_in_executor(None, job))
    loop.remove_signal_handler(signal.SIGUSR1)
