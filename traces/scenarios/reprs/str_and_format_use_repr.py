"""str() of a future or handle and the `!r` and plain f-string fields all give the repr.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.Future
features: reprs, futures, call_soon, handles
"""
import asyncio
from loopspec import log


def noop():
    pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    h = loop.call_soon(noop)
    log(str(fut) == repr(fut), f"{fut}" == repr(fut), f"{h!r}" == str(h))
    log(f"handle: {h}")
    await asyncio.sleep(0)
