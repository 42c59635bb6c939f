"""Awaiting shield(task) resumes the caller one loop iteration later than awaiting the task directly.

The shield's outer future is completed by a done-callback of the inner task,
which runs one iteration after the task finishes; only then is the caller
woken. A ticker task logging once per iteration shows the difference.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.shield
features: shield, tasks, sleep
"""
import asyncio
from loopspec import log


async def quick(name):
    log(name, "runs")
    return name


async def ticker(n):
    for i in range(n):
        log("tick", i)
        await asyncio.sleep(0)


async def main():
    tk = asyncio.create_task(ticker(4), name="ticker")
    t = asyncio.create_task(quick("direct"), name="direct")
    r = await t
    log("direct await returned", r)
    await tk
    tk = asyncio.create_task(ticker(4), name="ticker2")
    t = asyncio.create_task(quick("shielded"), name="shielded")
    r = await asyncio.shield(t)
    log("shielded await returned", r)
    await tk
