"""asyncio.timeout's context manager writes its state, and while active its deadline rounded to milliseconds.

created before the block, active inside it (with `when=`), expiring once
the deadline fired and the task is being cancelled, expired after the block
turned the cancellation into TimeoutError, finished after a block that
ended in time. A deadline of None shows `when=None`.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.Timeout
features: reprs, timeout, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(0.5)
    log(repr(cm))
    async with cm:
        log(repr(cm))
        cm.reschedule(loop.time() + 1.23456)
        log(str(cm))
    log(repr(cm))
    late = asyncio.timeout(0.1)
    try:
        async with late:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                log("inside", repr(late))
                raise
    except TimeoutError:
        log("after", repr(late))
    async with asyncio.timeout(None) as never:
        log(repr(never))
