"""Runner.run copies the caller's context for the main task, or runs it in context=; the caller's own sets between runs stay with the caller.

A set made by plain code in def scenario(loop) is seen by the tasks that
loop.run_until_complete makes afterwards; what those tasks set is not seen
back in the caller.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.run
features: contextvars, runner, run_until_complete
"""
import asyncio
from contextvars import ContextVar, copy_context
from loopspec import log

MODE = ContextVar("mode", default="plain")


async def job(tag):
    log(tag, "sees", MODE.get())
    MODE.set(tag)
    await asyncio.sleep(0.1)
    return MODE.get()


def scenario(loop):
    MODE.set("caller")
    log("run_until_complete", loop.run_until_complete(job("first")), MODE.get())
    ctx = copy_context()
    with asyncio.Runner() as runner:
        log("runner", runner.run(job("second")), MODE.get())
        log("runner ctx", runner.run(job("third"), context=ctx), ctx[MODE], MODE.get())
