"""Several jobs each call call_soon_threadsafe: the callbacks run in the order the jobs ran.

Three jobs run one after another in the same select, in submission order
(docs/outside-world.md#threads-built). Each queues a callback from its
thread, then returns, which queues the copy of its result the same way:
the callbacks run in job order, each after the copy of the previous job's
result, and the futures' done callbacks run an iteration later.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.call_soon_threadsafe
features: threads, call_soon_threadsafe, gather, asyncio_run
"""
import asyncio
from loopspec import log


def callback(name, futures):
    log("callback", name, "futures done:", [f.done() for f in futures])


def job(loop, name, futures):
    log("job", name, "runs")
    loop.call_soon_threadsafe(callback, name, futures)
    return name


def report(fut):
    log("future done:", fut.result())


async def body():
    loop = asyncio.get_running_loop()
    futures = []
    for name in ("a", "b", "c"):
        fut = loop.run_in_executor(None, job, loop, name, futures)
        fut.add_done_callback(report)
        futures.append(fut)
    log(await asyncio.gather(*futures))


def scenario():
    asyncio.run(body())
