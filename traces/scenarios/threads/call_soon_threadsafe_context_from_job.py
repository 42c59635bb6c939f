"""A job's call_soon_threadsafe runs the callback in the job's context, or in the one passed as context=.

run_in_executor starts the job's thread in an empty context, so a callback
queued without context= sees the variable's default; given the loop's
context as context=, it sees the value set there.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
features: threads, call_soon_threadsafe, contextvars, asyncio_run
"""
import asyncio
import contextvars
from loopspec import log

var = contextvars.ContextVar("var", default="default")


def show(label):
    log(label, "sees", var.get())


def job(loop, ctx):
    loop.call_soon_threadsafe(show, "without context=")
    loop.call_soon_threadsafe(show, "with context=", context=ctx)


async def body():
    loop = asyncio.get_running_loop()
    var.set("set on the loop")
    await loop.run_in_executor(None, job, loop, contextvars.copy_context())
    await asyncio.sleep(0)


def scenario():
    asyncio.run(body())
