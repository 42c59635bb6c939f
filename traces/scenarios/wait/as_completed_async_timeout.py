"""With a timeout, `async for` over as_completed() raises TimeoutError from the loop itself, and cancels nothing.

One task finishes before the 0.25 timeout and is yielded; at 0.25 the next
step of the loop raises TimeoutError, which ends the `async for`. The slower
task is still running and finishes at 0.4.

spec: https://docs.python.org/3.13/library/asyncio-task.html#asyncio.as_completed
features: as_completed, as_completed_async, exceptions, tasks, sleep, time
python: 3.13.0
"""
import asyncio
from loopspec import log


async def job(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    loop = asyncio.get_running_loop()
    fast = asyncio.create_task(job(0.1), name="fast")
    slow = asyncio.create_task(job(0.4), name="slow")
    try:
        async for t in asyncio.as_completed([fast, slow], timeout=0.25):
            log("yielded", t.get_name(), loop.time())
    except TimeoutError as e:
        log("timeout", repr(e), loop.time(), slow.cancelled(), slow.done())
    log("slow", await slow, loop.time())
