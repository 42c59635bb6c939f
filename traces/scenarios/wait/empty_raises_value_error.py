"""wait() on an empty collection raises ValueError instead of returning two empty sets.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: wait, exceptions
"""
import asyncio
from loopspec import log


async def main():
    try:
        done, pending = await asyncio.wait([])
        log("returned", done, pending)
    except ValueError as e:
        log("ValueError", e)
    try:
        await asyncio.wait([], timeout=1, return_when=asyncio.FIRST_COMPLETED)
    except ValueError as e:
        log("ValueError", e)
