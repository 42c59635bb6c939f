"""wait_for() with timeout <= 0 on an already-done future returns its result without yielding to the loop.

A callback scheduled with call_soon before the call has not run yet when
wait_for() has returned: the zero-timeout path checks done() and returns at
once, with no suspension and no TimeoutError.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, futures, call_soon, sleep
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("ready")
    loop.call_soon(log, "callback")
    r = await asyncio.wait_for(fut, 0)
    log("result", r)
    r = await asyncio.wait_for(fut, -1)
    log("result", r)
    await asyncio.sleep(0)
    log("after sleep(0)")
