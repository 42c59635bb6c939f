"""From 3.13 a Queue's repr ends with `shutdown` once shutdown() was called.

shutdown(immediate=True) drops the items and the unfinished count they
held, so the repr shows neither.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.shutdown
features: reprs, queue, queue_shutdown
python: 3.13.0
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.Queue()
    q.put_nowait(1)
    q.put_nowait(2)
    q.shutdown()
    log(str(q))
    q.shutdown(immediate=True)
    log(str(q))
