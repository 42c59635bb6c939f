"""On a shut-down queue put_nowait() raises QueueShutDown before checking for room, and get_nowait() raises it instead of QueueEmpty.

QueueShutDown is its own Exception subclass: neither QueueEmpty nor QueueFull
catches it. A full queue refuses put_nowait() with QueueShutDown, not
QueueFull, once shut down.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.QueueShutDown
features: queue, queue_shutdown, exceptions
python: 3.13.0
"""
import asyncio
from loopspec import log


async def main():
    full = asyncio.Queue(maxsize=1)
    full.put_nowait(1)
    full.shutdown()
    try:
        full.put_nowait(2)
    except asyncio.QueueFull:
        log("QueueFull")
    except asyncio.QueueShutDown as e:
        log("put_nowait", type(e).__name__, isinstance(e, Exception), e.args)
    empty = asyncio.Queue()
    empty.shutdown()
    try:
        empty.get_nowait()
    except asyncio.QueueEmpty:
        log("QueueEmpty")
    except asyncio.QueueShutDown as e:
        log("get_nowait", type(e).__name__, str(e) == "")
