"""Queue.task_done() called more times than items were put raises ValueError.

spec: https://docs.python.org/3.11/library/asyncio-queue.html#asyncio.Queue.task_done
features: queue, exceptions
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.Queue()
    try:
        q.task_done()
    except ValueError as e:
        log("fresh queue", e)
    q.put_nowait(1)
    q.get_nowait()
    q.task_done()
    log("one item done")
    try:
        q.task_done()
    except ValueError as e:
        log("second task_done", e)
