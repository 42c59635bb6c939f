"""A job that raises concurrent.futures.CancelledError: the awaiting task gets asyncio's CancelledError.

The executor sets the exception on the concurrent future (it is not
cancelled); copying the state to the asyncio future converts
concurrent.futures.CancelledError into asyncio.CancelledError, so the
asyncio future ends with that exception and awaiting it raises asyncio's
CancelledError.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: threads, concurrent_futures, cancellation, exceptions, asyncio_run
"""
import asyncio
import concurrent.futures
from loopspec import log


def job():
    log("job raises")
    raise concurrent.futures.CancelledError("from the job")


async def body():
    loop = asyncio.get_running_loop()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    cf = executor.submit(job)
    fut = asyncio.wrap_future(cf)
    try:
        await fut
    except asyncio.CancelledError as e:
        log("awaiter caught asyncio.CancelledError", e.args)
    log("concurrent future cancelled?", cf.cancelled(), "asyncio future cancelled?", fut.cancelled())
    executor.shutdown(wait=True)


def scenario():
    asyncio.run(body())
