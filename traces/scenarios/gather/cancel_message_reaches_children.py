"""g.cancel(msg=...) passes the message to every child and to the awaiting task.

Each child sees CancelledError with the message; the first child's
CancelledError becomes the gather's exception, so the caller's
CancelledError carries the message as well.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, cancellation, sleep
"""
import asyncio
from loopspec import log


async def job(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        log("child", name, "sees", e)
        raise


async def main():
    g = asyncio.gather(job("a"), job("b"))
    await asyncio.sleep(0)
    g.cancel(msg="abort")
    try:
        await g
    except asyncio.CancelledError as e:
        log("main sees", e)
