"""qsize(), empty() and full() track the items inside; a queue with maxsize <= 0 is unbounded and never full.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.full
features: queue
"""
import asyncio
from loopspec import log


async def main():
    bounded = asyncio.Queue(2)
    log("bounded", bounded.maxsize, bounded.qsize(), bounded.empty(), bounded.full())
    bounded.put_nowait(1)
    log("one item", bounded.qsize(), bounded.empty(), bounded.full())
    bounded.put_nowait(2)
    log("two items", bounded.qsize(), bounded.empty(), bounded.full())
    unbounded = asyncio.Queue(0)
    negative = asyncio.Queue(-1)
    for i in range(100):
        unbounded.put_nowait(i)
        negative.put_nowait(i)
    log("unbounded", unbounded.maxsize, unbounded.qsize(), unbounded.full())
    log("negative", negative.maxsize, negative.qsize(), negative.full())
