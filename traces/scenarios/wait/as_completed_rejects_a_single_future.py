"""as_completed() of a single future or coroutine raises TypeError; 3.13 words it anew.

It wants an iterable. Up to 3.12 the generator raises
"expect an iterable of futures, not Future" at the `for` loop's first step;
3.13 raises "expects an iterable of awaitables, not Future" at the call.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed, futures, exceptions
"""
import asyncio
from loopspec import log


async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        for aw in asyncio.as_completed(fut):
            log("never", aw)
    except TypeError as e:
        log("TypeError", e)
