"""A job that raises: its exception is set on the future, and awaiting it raises the same object.

The executor catches what the job raises and sets it on the concurrent
future; the asyncio future that run_in_executor returns takes the very
same exception object, and so does the task that awaits it.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, futures, exceptions, asyncio_run
"""
import asyncio
from loopspec import log


def fail(holder):
    exc = ValueError("from the job")
    holder.append(exc)
    log("job raises")
    raise exc


async def body():
    loop = asyncio.get_running_loop()
    holder = []
    fut = loop.run_in_executor(None, fail, holder)
    try:
        await fut
    except ValueError as e:
        log("caught", e, "same object:", e is holder[0])
    log("future's exception is it:", fut.exception() is holder[0])


def scenario():
    asyncio.run(body())
