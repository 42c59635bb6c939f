"""A callback runs in a copy of the context current when it was scheduled, or in the context given with context=, whose sets it keeps.

call_soon, call_later, call_at and call_soon_threadsafe copy the context
at scheduling; add_done_callback copies it when the callback is added, not
when the future completes. A set inside a copied context is lost with the
copy; a set inside context=ctx stays in ctx.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon
features: contextvars, call_soon, call_later, call_at, call_soon_threadsafe, futures, sleep
"""
import asyncio
from contextvars import ContextVar, copy_context
from loopspec import log

PHASE = ContextVar("phase", default="unset")


def report(tag):
    log(tag, PHASE.get())
    PHASE.set(tag + " was here")


def report_future(fut):
    log("done callback", fut.result(), PHASE.get())


async def main():
    loop = asyncio.get_running_loop()
    PHASE.set("one")
    loop.call_soon(report, "soon")
    loop.call_later(0.1, report, "later")
    loop.call_at(loop.time() + 0.2, report, "at")
    loop.call_soon_threadsafe(report, "threadsafe")
    fut = loop.create_future()
    fut.add_done_callback(report_future)
    PHASE.set("two")
    ctx = copy_context()
    loop.call_soon(report, "given", context=ctx)
    loop.call_soon(report, "given again", context=ctx)
    PHASE.set("three")
    fut.set_result("ok")
    await asyncio.sleep(0.3)
    log("main", PHASE.get(), "ctx", ctx[PHASE])
