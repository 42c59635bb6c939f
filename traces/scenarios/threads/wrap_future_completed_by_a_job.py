"""A task awaits asyncio.wrap_future of a bare concurrent future that a job completes.

The concurrent future comes from no executor: the job sets its result
after a sleep. The future's done callback runs in the job's thread and
hands the result to the loop with call_soon_threadsafe, so the wrapping
asyncio future is done one iteration later, at the job's wake time.

spec: https://docs.python.org/3.11/library/asyncio-future.html#asyncio.wrap_future
features: threads, concurrent_futures, futures, time, asyncio_run
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


def job(cf):
    time.sleep(2)
    log("job sets the result")
    cf.set_result("from the job")
    log("job returns")


async def body():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(cf)
    runner = loop.run_in_executor(None, job, cf)
    value = await wrapped
    log("wrapped gives", value, "at", loop.time(), "job done?", runner.done())
    await runner
    log("job future done at", loop.time())


def scenario():
    asyncio.run(body())
