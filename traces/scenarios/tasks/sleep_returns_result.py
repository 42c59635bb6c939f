"""sleep(delay, result=...) returns result after the delay; sleep(0, result=...) too.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.sleep
features: sleep, time
"""
import asyncio
from loopspec import log


async def main():
    loop = asyncio.get_running_loop()
    r = await asyncio.sleep(0.1, result="woke")
    log("sleep(0.1)", r, loop.time())
    r = await asyncio.sleep(0, result=[1, 2])
    log("sleep(0)", r, loop.time())
    r = await asyncio.sleep(0.2)
    log("no result", r, loop.time())
