"""create_task passes context= to the task factory only when it was given one.

Without a context the factory is called with (loop, coro) alone; with one,
also context=ctx, and a task made with that context runs in it.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.create_task
features: task_factory, contextvars, tasks
"""
import asyncio
import contextvars
from loopspec import log

var = contextvars.ContextVar("var", default="default")


def factory(loop, coro, context=None):
    log("factory context given", context is not None)
    return asyncio.Task(coro, loop=loop, context=context)


async def show():
    log("task sees", var.get())


async def main():
    asyncio.get_running_loop().set_task_factory(factory)
    var.set("main")
    await asyncio.create_task(show())
    ctx = contextvars.copy_context()
    ctx.run(var.set, "copied")
    await asyncio.create_task(show(), context=ctx)
