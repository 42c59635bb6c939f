"""Queue.get_nowait() on an empty queue raises asyncio.QueueEmpty, which carries no arguments.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.get_nowait
features: queue, exceptions
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        log("empty", e)
    q.put_nowait("x")
    log("got", q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        log("empty again", e, q.qsize())
