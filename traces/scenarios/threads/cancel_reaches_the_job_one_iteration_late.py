"""Cancelling run_in_executor's future right away does not stop the job: the cancel reaches it an iteration late.

The asyncio future is cancelled at once, and awaiting it raises, but the
concurrent future it wraps is cancelled only by the asyncio future's
done callback, which runs in the next iteration. The job starts in the
select before that iteration's callbacks (docs/outside-world.md#select),
so it is already running and runs to the end.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, cancellation, futures, asyncio_run
"""
import asyncio
from loopspec import log


def job():
    log("job runs")
    return "never seen"


async def body():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, job)
    log("cancel", fut.cancel())
    try:
        await fut
    except asyncio.CancelledError:
        log("awaiting raises CancelledError")
    await asyncio.sleep(1)
    log("one second later", loop.time())


def scenario():
    asyncio.run(body())
