"""KeyboardInterrupt from a callback ends the Runner's run; the pending main task is then cancelled.

The interrupt escapes run_until_complete while main is still waiting. Runner
then cancels the leftover main task, which runs its cleanup at the same
virtual time, and the KeyboardInterrupt is what the entry point raises.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.run
features: keyboard_interrupt, runner, cancellation, call_later, sleep
"""
import asyncio
from loopspec import log


def interrupt():
    log("interrupting")
    raise KeyboardInterrupt()


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.1, interrupt)
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log("main cancelled during cleanup", loop.time())
        raise
    log("never reached")
