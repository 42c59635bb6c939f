"""The default executor runs five jobs at once; a sixth waits for a free worker.

CPython sizes the default executor by the machine (min(32, cpu_count()
+ 4)); the virtual world fixes it at five workers so the golden does not
depend on the machine (docs/outside-world.md#threads). The sixth job
starts when the first worker's job ends.

spec: https://docs.python.org/3.11/library/asyncio-eventloop.html#asyncio.loop.run_in_executor
features: threads, gather, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job(n):
    log("job", n, "starts")
    time.sleep(n)
    return n


async def report(loop, fut):
    n = await fut
    log("job", n, "done at", loop.time())


async def body():
    loop = asyncio.get_running_loop()
    await asyncio.gather(*[report(loop, loop.run_in_executor(None, job, n)) for n in range(1, 7)])


def scenario():
    asyncio.run(body())
