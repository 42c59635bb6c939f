"""run_coroutine_threadsafe from the loop's own thread: the task starts later, its result reaches the concurrent future when the task's done callback runs.

run_coroutine_threadsafe returns a pending concurrent future at once and
queues, with call_soon_threadsafe, the callback that makes the task; the
task's first step is queued behind that. When the task finishes, the chain's
done callback (queued with call_soon) sets the concurrent future's result: it
is running, then finished. Blocking on cf.result() here would wait for ever;
result(timeout=0) on the pending future raises TimeoutError at once.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.run_coroutine_threadsafe
features: concurrent_futures, tasks, all_tasks
"""
import asyncio
import concurrent.futures
from loopspec import log


async def work(x):
    log("work starts in", asyncio.current_task().get_name())
    await asyncio.sleep(0)
    log("work returns")
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    cf = asyncio.run_coroutine_threadsafe(work(21), loop)
    log("returned", cf.done(), cf.running(), len(asyncio.all_tasks()))
    try:
        cf.result(timeout=0)
    except TimeoutError as e:
        log("result(timeout=0) on a pending future", type(e).__name__, e.args)
    for i in range(4):
        await asyncio.sleep(0)
        log("iteration", i + 1, "tasks:", len(asyncio.all_tasks()), "cf:", cf.running(), cf.done())
    log("cf", cf.result(), cf.exception())
    log("awaited through wrap_future", await asyncio.wrap_future(cf))
