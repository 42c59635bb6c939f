"""asyncio.wait(FIRST_COMPLETED) over three jobs returns when the shortest job's result arrives.

The jobs sleep 3, 1 and 2 s; wait returns at 1 with the second job's
future done and the two others pending, still running in their workers.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait
features: threads, wait, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job(seconds):
    time.sleep(seconds)
    log("job of", seconds, "s ends")
    return seconds


async def body():
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, job, s) for s in (3, 1, 2)]
    done, pending = await asyncio.wait(futures, return_when=asyncio.FIRST_COMPLETED)
    log("at", loop.time(), "done", len(done), "pending", len(pending),
        "second done?", futures[1] in done)
    log("result", futures[1].result())
    done, pending = await asyncio.wait(pending)
    log("at", loop.time(), "all done", len(done), len(pending))


def scenario():
    asyncio.run(body())
