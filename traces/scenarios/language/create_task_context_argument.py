"""create_task(coro, context=ctx) runs the task in ctx itself, not in a copy: what the task sets is visible in ctx afterwards.

The same holds for loop.create_task(..., context=) and
TaskGroup.create_task(..., context=) (Python 3.11). While one of the task's
steps runs, ctx is entered, so ctx.run inside that task raises RuntimeError.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.create_task
features: contextvars, tasks, taskgroup, sleep
"""
import asyncio
import contextvars
from loopspec import log

TRACE = contextvars.ContextVar("trace", default=0)


def read():
    return TRACE.get()


async def bump(ctx, n):
    TRACE.set(TRACE.get() + n)
    await asyncio.sleep(0)
    try:
        ctx.run(read)
    except RuntimeError:
        log("ctx is entered while the task runs in it")
    return TRACE.get()


async def main():
    ctx = contextvars.copy_context()
    TRACE.set(100)
    log("first", await asyncio.create_task(bump(ctx, 1), context=ctx))
    loop = asyncio.get_running_loop()
    log("second", await loop.create_task(bump(ctx, 10), context=ctx))
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(bump(ctx, 5), context=ctx)
    log("third", t.result())
    log("ctx holds", ctx[TRACE], ctx.run(read), "main holds", TRACE.get())
    copy = asyncio.create_task(bump(ctx, 1000))
    log("a copy", await copy, ctx[TRACE])
