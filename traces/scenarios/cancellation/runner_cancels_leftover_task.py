"""After main returns, the Runner cancels a still-pending task and runs it to the end.

The leftover task sees CancelledError at the virtual time main returned,
its handler and finally run (the loop is still running, so loop.time()
works), and the run still ends with main's return value.

spec: https://docs.python.org/3.11/library/asyncio-runner.html#asyncio.Runner.run
features: runner, tasks, cancellation, sleep, time
"""
import asyncio
from loopspec import log


async def background():
    loop = asyncio.get_running_loop()
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log("background cancelled at", loop.time())
        raise
    finally:
        log("background finally")


async def main():
    asyncio.create_task(background())
    await asyncio.sleep(0.5)
    log("main returns")
    return "done"
