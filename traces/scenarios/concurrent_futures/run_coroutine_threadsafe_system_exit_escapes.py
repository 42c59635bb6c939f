"""run_coroutine_threadsafe: a SystemExit from making the task escapes the loop and leaves the concurrent future pending.

The callback that makes the task hands other errors to the concurrent future
(run_coroutine_threadsafe_task_not_made), but lets SystemExit and
KeyboardInterrupt through untouched, as the loop itself does: here the task
factory raises SystemExit, run_until_complete raises it, and the concurrent
future is never completed.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.run_coroutine_threadsafe
features: concurrent_futures, task_factory, keyboard_interrupt, run_until_complete
"""
import asyncio
import concurrent.futures
from loopspec import log


async def job():
    log("job never runs")


def exiting_factory(loop, coro, context=None):
    coro.close()
    raise SystemExit(3)


async def submit(loop, submitted):
    loop.set_task_factory(exiting_factory)
    submitted.append(asyncio.run_coroutine_threadsafe(job(), loop))
    await asyncio.sleep(0)
    log("submit resumed")


def scenario(loop):
    submitted = []
    try:
        loop.run_until_complete(submit(loop, submitted))
    except SystemExit as e:
        log("run_until_complete raised", e)
    loop.set_task_factory(None)
    log("cf done:", submitted[0].done())
