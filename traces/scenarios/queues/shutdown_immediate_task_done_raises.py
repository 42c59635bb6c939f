"""After shutdown(immediate=True) has counted the dropped items as done, one more task_done() raises ValueError.

Two items are put, one is taken. The immediate shutdown drops the other and
counts it done; task_done() for the taken item brings the count to zero, and
the next task_done() raises ValueError as for any queue.

spec: https://docs.python.org/3.13/library/asyncio-queue.html#asyncio.Queue.task_done
features: queue, queue_shutdown, exceptions
python: 3.13.0
"""
import asyncio
from loopspec import log


async def main():
    q = asyncio.Queue()
    q.put_nowait("x")
    q.put_nowait("y")
    log("took", q.get_nowait())
    q.shutdown(immediate=True)
    q.task_done()
    log("one task_done accepted")
    try:
        q.task_done()
    except ValueError as e:
        log("ValueError", e)
    await q.join()
    log("joined")
