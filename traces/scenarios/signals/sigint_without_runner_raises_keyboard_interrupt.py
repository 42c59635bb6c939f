"""Without asyncio.run, SIGINT raises KeyboardInterrupt out of the raising call, which leaves the loop.

Python's default SIGINT handler raises KeyboardInterrupt; a callback that
raises it stops run_until_complete with it, and the task stays pending.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#handling-keyboard-interruption
features: signals, run_until_complete, call_soon
"""
import asyncio
import signal
from loopspec import log


async def work():
    asyncio.get_running_loop().call_soon(signal.raise_signal, signal.SIGINT)
    await asyncio.sleep(1)
    log("never")


def scenario(loop):
    task = loop.create_task(work())
    try:
        loop.run_until_complete(task)
    except KeyboardInterrupt:
        log("KeyboardInterrupt left the loop; task done:", task.done())
    task.cancel()
    try:
        loop.run_until_complete(task)
    except asyncio.CancelledError:
        log("task cancelled")
