"""asyncio.Runner installs its SIGINT handler for each run() and restores the default after.

Between runs SIGINT raises KeyboardInterrupt as usual; inside each run it
cancels that run's main task.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#handling-keyboard-interruption
features: signals, runner, cancellation
"""
import asyncio
import signal
from loopspec import log


async def interrupted(n):
    signal.raise_signal(signal.SIGINT)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("run", n, "cancelled")
        raise


def scenario():
    with asyncio.Runner() as runner:
        for n in range(2):
            try:
                runner.run(interrupted(n))
            except KeyboardInterrupt:
                log("run", n, "raised KeyboardInterrupt")
            try:
                signal.raise_signal(signal.SIGINT)
            except KeyboardInterrupt:
                log("between runs: KeyboardInterrupt")
