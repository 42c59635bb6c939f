"""A gather can be a child of another gather; results nest as lists.

The inner gather future is awaited like any other awaitable; its list of
results takes its argument position in the outer list.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, sleep, time
"""
import asyncio
from loopspec import log


async def job(v, delay):
    await asyncio.sleep(delay)
    return v


async def main():
    inner = asyncio.gather(job("a", 0.2), job("b", 0.1))
    r = await asyncio.gather(job(1, 0.05), inner, job(2, 0.3))
    log("results", r)
    log("at", asyncio.get_running_loop().time())
