"""asyncio.to_thread runs the function in a copy of the caller's context.

A context variable the task set is seen by the job; what the job sets
stays in the copy and is not seen back by the task.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.to_thread
features: threads, contextvars, asyncio_run
"""
import asyncio
from contextvars import ContextVar
from loopspec import log

REQUEST = ContextVar("request", default="none")


def job():
    log("job sees", REQUEST.get())
    REQUEST.set("set by the job")
    log("job now sees", REQUEST.get())


async def body():
    REQUEST.set("set by the task")
    await asyncio.to_thread(job)
    log("task sees", REQUEST.get())


def scenario():
    asyncio.run(body())
