"""A job raises a signal the loop handles: the handler runs in the iteration after the job's select.

The job runs in the select of an iteration and raises SIGUSR1; the signal
writes to the loop's self-pipe, which the poll of the same select finds
readable (docs/outside-world.md#select). The pipe's reader runs in that
iteration and queues the handler for the next (docs/outside-world.md#signals-built);
a call_soon chain shows where each falls.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#unix-signals
features: threads, signals, call_soon, asyncio_run
"""
import asyncio
import signal
from loopspec import log


def handler(name):
    log("handler", name)


def tick(n):
    log("tick", n)
    if n < 4:
        asyncio.get_running_loop().call_soon(tick, n + 1)


def job():
    log("job raises SIGUSR1")
    signal.raise_signal(signal.SIGUSR1)
    log("job returns")


async def body():
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, handler, "usr1")
    fut = loop.run_in_executor(None, job)
    loop.call_soon(tick, 0)
    await fut
    log("job future done")
    await asyncio.sleep(0.1)
    loop.remove_signal_handler(signal.SIGUSR1)


def scenario():
    asyncio.run(body())
