"""Cancelling run_coroutine_threadsafe's concurrent future cancels the task, through call_soon_threadsafe.

concurrent.futures.Future.cancel() runs the chain's callback at once; the
task lives on another loop as far as the chain knows (a concurrent future has
none), so it queues task.cancel with call_soon_threadsafe. Cancelled before
the task even exists, the future still gets its task made; the cancel is
queued behind the task's first step, so the coroutine starts and is
cancelled at its first await. Cancelling the task instead cancels the
concurrent future when the task's done callback runs.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.run_coroutine_threadsafe
features: concurrent_futures, tasks, cancellation
"""
import asyncio
import concurrent.futures
from loopspec import log


async def work(name, started):
    log(name, "starts")
    started.append(asyncio.current_task())
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log(name, "cancelled")
        raise


async def main():
    loop = asyncio.get_running_loop()
    started = []
    early = asyncio.run_coroutine_threadsafe(work("early", started), loop)
    log("cancel before the task exists", early.cancel())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("early", early.cancelled(), len(asyncio.all_tasks()))

    late = asyncio.run_coroutine_threadsafe(work("late", started), loop)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    log("cancel while it runs", late.cancel(), late.cancelled())
    await asyncio.sleep(0)
    await asyncio.sleep(0)

    other = asyncio.run_coroutine_threadsafe(work("other", started), loop)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    task = started[-1]
    log("cancel the task", task.cancel())
    while not other.done():
        await asyncio.sleep(0)
    log("other", other.cancelled(), task.cancelled())
