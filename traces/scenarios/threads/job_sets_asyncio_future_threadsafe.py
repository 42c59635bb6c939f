"""A job completes an asyncio future with call_soon_threadsafe(fut.set_result, value).

The task awaits a plain loop future. The job cannot touch it from its
thread, so it queues set_result on the loop; the task wakes in the
iteration after set_result runs, at the job's wake time.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
features: threads, call_soon_threadsafe, futures, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job(loop, fut):
    time.sleep(1.5)
    log("job queues set_result")
    loop.call_soon_threadsafe(fut.set_result, 42)
    time.sleep(1)
    log("job ends")


async def body():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    runner = loop.run_in_executor(None, job, loop, fut)
    log("got", await fut, "at", loop.time())
    await runner
    log("job done at", loop.time())


def scenario():
    asyncio.run(body())
