"""ensure_future(coro, loop=closed_loop) raises the closed loop's RuntimeError; the coroutine is closed, not left unawaited.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.ensure_future
features: ensure_future, close, event_loop_policy, exceptions
"""
import asyncio
from loopspec import log


async def work():
    log("never runs")


async def main():
    other = asyncio.new_event_loop()
    other.close()
    try:
        asyncio.ensure_future(work(), loop=other)
    except RuntimeError as e:
        log("closed", e)
