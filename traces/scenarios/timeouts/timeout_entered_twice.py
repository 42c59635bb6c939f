"""A Timeout can be entered only once: entering it again, even after its block ended in time, raises RuntimeError.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout
features: timeout, exceptions
"""
import asyncio
from loopspec import log


async def enter(cm):
    async with cm:
        log("entered")


async def main():
    cm = asyncio.timeout(1)
    await enter(cm)
    try:
        await enter(cm)
    except RuntimeError as e:
        log("again", e)
