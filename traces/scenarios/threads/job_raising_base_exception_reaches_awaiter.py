"""A job that raises a BaseException subclass: the executor catches it and the awaiting task gets it.

The worker catches any BaseException from the job and sets it on the
concurrent future; the copy to the asyncio future and the task awaiting
it carry the same object, and the loop keeps running.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, exceptions, asyncio_run
"""
import asyncio
from loopspec import log


class Abort(BaseException):
    pass


def job(holder):
    exc = Abort("from the job")
    holder.append(exc)
    raise exc


async def body():
    loop = asyncio.get_running_loop()
    holder = []
    try:
        await loop.run_in_executor(None, job, holder)
    except Abort as e:
        log("task caught", type(e).__name__, e, "same object:", e is holder[0])
    await asyncio.sleep(0)
    log("loop still runs at", loop.time())


def scenario():
    asyncio.run(body())
