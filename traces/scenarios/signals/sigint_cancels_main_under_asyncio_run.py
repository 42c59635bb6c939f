"""Under asyncio.run, SIGINT cancels the main task, and asyncio.run raises KeyboardInterrupt.

asyncio.run installs its own SIGINT handler: the first SIGINT cancels the
main task (which may clean up) instead of raising KeyboardInterrupt where
the program happens to be. When the cancelled task ends, asyncio.run raises
KeyboardInterrupt.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#handling-keyboard-interruption
features: signals, asyncio_run, cancellation
"""
import asyncio
import signal
from loopspec import log


async def body():
    loop = asyncio.get_running_loop()
    loop.call_later(1, signal.raise_signal, signal.SIGINT)
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("main cancelled at", loop.time())
        raise


def scenario():
    try:
        asyncio.run(body())
    except KeyboardInterrupt:
        log("asyncio.run raised KeyboardInterrupt")
