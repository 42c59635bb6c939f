"""One absolute deadline shared by successive timeout_at() blocks bounds them all together.

Both blocks use a deadline of 0.5. The first finishes its 0.3 s of work at
0.3; the second, with the same 0.3 s of work, is cut off at 0.5.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.timeout_at
features: timeout, sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.5
    async with asyncio.timeout_at(deadline):
        await asyncio.sleep(0.3)
        log("step 1 done", loop.time())
    try:
        async with asyncio.timeout_at(deadline) as cm:
            log("step 2 starts with", cm.when() - loop.time(), "left")
            await asyncio.sleep(0.3)
            log("step 2 done")
    except TimeoutError:
        log("step 2 cut off", loop.time())
