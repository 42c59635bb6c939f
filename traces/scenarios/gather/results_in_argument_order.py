"""gather() returns results in argument order, whatever order the children finish in.

The children finish last-to-first (their logs show the completion order);
the result list still follows the order of the arguments.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, sleep, time
"""
import asyncio
from loopspec import log


async def job(name, delay):
    await asyncio.sleep(delay)
    log("finished", name)
    return name


async def main():
    r = await asyncio.gather(job("a", 0.3), job("b", 0.2), job("c", 0.1))
    log("results", r, asyncio.get_running_loop().time())
