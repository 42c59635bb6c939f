"""Runner.run refuses anything but a coroutine, before it runs the loop, and the runner stays usable.

Given a plain value instead of a coroutine, Runner.run raises ValueError
naming what it got; the runner runs a real coroutine afterwards.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.run
features: runner
"""
import asyncio
from loopspec import log


async def answer():
    return 42


def scenario(loop):
    loop.close()
    with asyncio.Runner() as runner:
        for wrong in (7, "text", None):
            try:
                runner.run(wrong)
            except ValueError as e:
                log("refused", str(e))
        log("then", runner.run(answer()))
