"""gather() of three tied sleeps returns results in argument order though they finish in any order.

Each coroutine sleeps 0.1 s from the same moment, logs, and returns its
name. The three "done" lines may come in any of six orders; the list gather
returns is always ["x", "y", "z"].

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, sleep
order: timer-ties
"""
import asyncio
from loopspec import log


async def job(name):
    await asyncio.sleep(0.1)
    log(name, "done")
    return name


async def main():
    results = await asyncio.gather(job("x"), job("y"), job("z"))
    log("results", results)
