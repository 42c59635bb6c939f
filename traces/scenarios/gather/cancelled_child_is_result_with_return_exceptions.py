"""With return_exceptions=True a cancelled child contributes a CancelledError('') result.

gather() builds this CancelledError itself from the child's cancel message,
using '' when there is none, so its args are ('',), not (). The other
child's result is unaffected.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, cancellation, sleep
"""
import asyncio
from loopspec import log


async def job(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    a = asyncio.create_task(job(1, 0.1))
    b = asyncio.create_task(job(2, 0.2))
    await asyncio.sleep(0)
    a.cancel()
    r = await asyncio.gather(a, b, return_exceptions=True)
    log("results", r)
    log("a", a.cancelled())
