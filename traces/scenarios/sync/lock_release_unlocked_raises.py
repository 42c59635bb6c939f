"""Releasing a Lock that is not held raises RuntimeError; acquire() returns True; async with holds the lock for the block.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Lock.release
features: lock, exceptions
"""
import asyncio
from loopspec import log


async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        log("release unlocked", e)
    r = await lock.acquire()
    log("acquire returned", r, lock.locked())
    lock.release()
    async with lock:
        log("inside async with", lock.locked())
    log("after async with", lock.locked())
    try:
        async with lock:
            raise KeyError("inside")
    except KeyError as e:
        log("released on error", e, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        log("release again", e)
