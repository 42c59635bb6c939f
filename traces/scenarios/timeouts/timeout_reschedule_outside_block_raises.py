"""Timeout.reschedule() works only inside the block: before entry and after expiry it raises RuntimeError naming the state.

when() can still be read in every state; expired() is False before entry
and True after the deadline fired.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Timeout.reschedule
features: timeout, exceptions, sleep, time
python: 3.11.7
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.2)
    log("created", cm.when(), cm.expired())
    try:
        cm.reschedule(1.0)
    except RuntimeError as e:
        log("before entry", e)
    try:
        async with asyncio.timeout_at(0.1) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        log("expired", cm.when(), cm.expired(), loop.time())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        log("after expiry", e)
