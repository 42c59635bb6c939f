"""A task passed twice to gather() is one child: its result appears at both positions.

The task is awaited once; if it fails, that error is the gather's error.
Here it succeeds and the result list repeats its value.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, sleep
"""
import asyncio
from loopspec import log


async def job(v, delay):
    await asyncio.sleep(delay)
    log("job done", v)
    return v


async def main():
    t = asyncio.create_task(job(1, 0.1))
    r = await asyncio.gather(t, job(2, 0.2), t)
    log("results", r)
