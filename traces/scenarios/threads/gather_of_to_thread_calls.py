"""gather of several to_thread calls: the jobs run side by side on the virtual clock, results in argument order.

Each to_thread call submits its job to the default executor when its
task first runs; the three jobs start in the same select and sleep
different times. gather returns the results in the order of its
arguments, whatever order the jobs end in.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.to_thread
features: threads, gather, time, asyncio_run
"""
import asyncio
import time
from loopspec import log


def job(name, seconds):
    log("job", name, "starts")
    time.sleep(seconds)
    log("job", name, "ends")
    return name


async def body():
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(asyncio.to_thread(job, "a", 3),
                                   asyncio.to_thread(job, "b", 1),
                                   asyncio.to_thread(job, "c", 2))
    log(results, "at", loop.time())


def scenario():
    asyncio.run(body())
