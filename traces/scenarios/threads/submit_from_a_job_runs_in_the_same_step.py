"""A job that submits another job: the new job runs in the same select step, after the first.

The executor has a free worker, so submit starts a new worker that is
runnable at once; it joins the back of the runnable queue and runs when
the submitting job has finished, within the same select
(docs/outside-world.md#threads-built). Both results reach the loop in
the same iteration.

spec: https://docs.python.org/3.11/library/concurrent.futures.html#concurrent.futures.Executor.submit
features: threads, concurrent_futures, asyncio_run
"""
import asyncio
import concurrent.futures
from loopspec import log


def inner():
    log("inner job runs")
    return "inner"


def outer(executor, holder):
    log("outer job submits")
    holder.append(executor.submit(inner))
    log("outer job returns")
    return "outer"


async def body():
    loop = asyncio.get_running_loop()
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=2)
    holder = []
    outer_result = await loop.run_in_executor(executor, outer, executor, holder)
    log(outer_result, "at", loop.time(), "inner done?", holder[0].done())
    log(await asyncio.wrap_future(holder[0]), "at", loop.time())
    executor.shutdown(wait=False)


def scenario():
    asyncio.run(body())
