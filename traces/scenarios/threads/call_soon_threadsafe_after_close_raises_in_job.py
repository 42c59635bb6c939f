"""call_soon_threadsafe on a closed loop raises RuntimeError in the job that calls it.

The first loop is closed before the job gets its turn, which comes in a
select of a second loop. The job catches the error, then completes the
second loop's future with call_soon_threadsafe, which ends its
run_until_complete.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
features: threads, close, concurrent_futures, run_until_complete, futures
"""
import asyncio
import concurrent.futures
from loopspec import log


def job(closed, other, fut):
    try:
        closed.call_soon_threadsafe(log, "never")
    except RuntimeError as e:
        log("job caught RuntimeError", str(e))
    other.call_soon_threadsafe(fut.set_result, "set by the job")


def scenario():
    closed = asyncio.new_event_loop()
    closed.close()
    other = asyncio.new_event_loop()
    fut = other.create_future()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    executor.submit(job, closed, other, fut)
    log("submitted")
    log(other.run_until_complete(fut))
    executor.shutdown(wait=True)
    other.close()
