"""`raise X from Y` raises X (Y must be an exception or None), and `async with a, b:` enters a then b and leaves them in reverse order.

spec: https://docs.python.org/3.11/reference/simple_stmts.html#the-raise-statement
features: lock, timeout, exceptions, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    try:
        try:
            raise KeyError("inner")
        except KeyError as inner:
            raise ValueError("outer") from inner
    except ValueError as e:
        log("caught", e)
    try:
        raise RuntimeError("quiet") from None
    except RuntimeError as e:
        log("from None", e)
    try:
        raise RuntimeError("bad cause") from 42
    except TypeError as e:
        log("bad cause", e)
    a = asyncio.Lock()
    b = asyncio.Lock()
    async with a, b:
        log("both held", a.locked(), b.locked())
    log("both released", a.locked(), b.locked())
    try:
        async with a, asyncio.timeout(0.5) as cm:
            log("deadline", cm.when(), a.locked())
            await asyncio.sleep(1)
    except TimeoutError:
        log("timed out", asyncio.get_running_loop().time(), a.locked())
