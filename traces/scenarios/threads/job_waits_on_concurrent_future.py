"""A job that calls result() on a concurrent future not done parks until another job completes it.

The waiting job starts first and parks in result(); the other job sleeps,
then sets the result, which makes the waiter runnable behind it in the
same select. exception() waits the same way and returns None for a
result.

spec: https://docs.python.org/3.11/library/concurrent.futures.html#concurrent.futures.Future.result
features: threads, concurrent_futures, time, gather, asyncio_run
"""
import asyncio
import concurrent.futures
import time
from loopspec import log


def waiter(cf):
    log("waiter waits")
    value = cf.result()
    log("waiter got", value, "exception():", cf.exception())
    return value


def setter(cf):
    time.sleep(2)
    log("setter sets the result")
    cf.set_result("ready")
    log("setter returns")


async def body():
    loop = asyncio.get_running_loop()
    cf = concurrent.futures.Future()
    results = await asyncio.gather(loop.run_in_executor(None, waiter, cf),
                                   loop.run_in_executor(None, setter, cf))
    log(results, "at", loop.time())


def scenario():
    asyncio.run(body())
