"""On timeout, wait_for() cancels the inner task and waits for it to end before raising TimeoutError.

The inner coroutine runs in a task of its own (Task-2) and spends 0.1 s
cleaning up after its cancellation. wait_for() raises only once that cleanup
is over, so TimeoutError arrives at 0.6, not at the 0.5 deadline: a loop must
not let wait_for() return while the inner task is still running.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.wait_for
features: wait_for, cancellation, tasks, current_task, sleep, time
"""
import asyncio
from loopspec import log


async def work():
    log("work runs in", asyncio.current_task())
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("work cancelled", asyncio.get_running_loop().time())
        await asyncio.sleep(0.1)
        log("work cleanup done")
        raise
    return "unreachable"


async def main():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.wait_for(work(), timeout=0.5)
    except TimeoutError as e:
        log("timeout", e, loop.time())
