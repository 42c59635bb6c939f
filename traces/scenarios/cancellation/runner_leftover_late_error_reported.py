"""A leftover task that fails some time into its cancellation at shutdown is reported; one that swallows the cancellation is not.

When main returns, the Runner cancels both pending tasks and runs the loop
until they finish. "swallow" catches CancelledError and returns normally: it
is not reported. "late" catches it, sleeps 0.1 on the loop's clock and
raises KeyError: the Runner waits for it and then passes the error to the
exception handler (one unhandled event, after the loop stopped, so its time
is null). The run still returns main's value. Only "late" logs, so the
order in which the Runner cancels the two does not show.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.close
features: runner, tasks, cancellation, exceptions, exception_handler, sleep, time
"""
import asyncio
from loopspec import log


async def swallow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "ignored"


async def late():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("late cancelled", loop.time())
        await asyncio.sleep(0.1)
        log("late fails", loop.time())
        raise KeyError("late")


async def main():
    asyncio.create_task(swallow(), name="swallow")
    asyncio.create_task(late(), name="late")
    await asyncio.sleep(0.5)
    return "main done"
