"""as_completed() with a timeout that every awaitable beats yields them all in completion order, and the timeout never fires.

Each result arrives at the time its task finishes; the last completion
cancels the timer that would have raised TimeoutError.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.as_completed
features: as_completed, tasks, sleep, time
"""
import asyncio
from loopspec import log


async def quick(i):
    await asyncio.sleep(i / 10)
    return i


async def main():
    loop = asyncio.get_running_loop()
    tasks = [asyncio.create_task(quick(2)), asyncio.create_task(quick(1))]
    for f in asyncio.as_completed(tasks, timeout=5):
        log("got", await f, loop.time())
