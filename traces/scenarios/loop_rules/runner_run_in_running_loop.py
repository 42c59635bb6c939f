"""Runner.run() from inside a running loop raises RuntimeError before starting anything.

The coroutine is untouched and is awaited by the caller instead; the Runner
never made a loop, so closing it does nothing.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.run
features: runner, nested_run, sleep
"""
import asyncio
from loopspec import log


async def work():
    await asyncio.sleep(0.1)
    return "done"


async def main():
    runner = asyncio.Runner()
    coro = work()
    try:
        runner.run(coro)
    except RuntimeError as e:
        log("refused", e)
    runner.close()
    result = await coro
    log("awaited", result, asyncio.get_running_loop().time())
