"""Runner.run() after the Runner is closed raises RuntimeError('Runner is closed').

close() is idempotent; the rejected coroutine was never started, so it can be
run elsewhere.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.run
features: runner, asyncio_run, sleep
"""
import asyncio
from loopspec import log


async def work(x):
    await asyncio.sleep(0.1)
    return x


def scenario(loop):
    runner = asyncio.Runner()
    log("first", runner.run(work(1)))
    runner.close()
    runner.close()
    coro = work(2)
    try:
        runner.run(coro)
    except RuntimeError as e:
        log("closed runner", e)
    log("elsewhere", asyncio.run(coro))
