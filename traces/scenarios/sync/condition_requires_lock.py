"""Condition.notify(), notify_all() and wait() raise RuntimeError when the caller does not hold the lock.

wait() raises before suspending; once the lock is held, notify() with no
waiters is a no-op.

spec: https://docs.python.org/3.11/library/asyncio-sync.html#asyncio.Condition.notify
features: condition, exceptions
"""
import asyncio
from loopspec import log


async def main():
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        log("notify", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        log("notify_all", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        log("wait", e, cond.locked())
    async with cond:
        cond.notify()
        cond.notify_all()
        log("with the lock: no error", cond.locked())
