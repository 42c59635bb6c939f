"""gather(*list) takes its children from an unpacked list, results in list order.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, sleep, time
"""
import asyncio
from loopspec import log


async def square(n):
    await asyncio.sleep(0.1 * n)
    return n * n


async def main():
    coros = [square(3), square(1), square(4), square(2)]
    r = await asyncio.gather(*coros)
    log("squares", r, len(r))
    log("at", asyncio.get_running_loop().time())
