"""With return_exceptions=True an early failure does not end the gather early.

The caller resumes only after the slowest child finishes; the clock
shows it.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, exceptions, sleep, time
"""
import asyncio
from loopspec import log


async def fail():
    await asyncio.sleep(0.1)
    log("fail raises")
    raise ValueError("early")


async def slow():
    await asyncio.sleep(0.5)
    log("slow finishes")
    return "slow"


async def main():
    r = await asyncio.gather(fail(), slow(), return_exceptions=True)
    log("results", r, asyncio.get_running_loop().time())
