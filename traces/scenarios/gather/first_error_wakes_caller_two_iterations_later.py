"""A failing child ends the gather two iterations after it raises, while a sibling is still running.

The error travels the same way as a result: the child's done callback
sets it on the gather future (one iteration), and the waiting task wakes
in the next. The ticker counts the iterations; the sibling is untouched.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, tasks, exceptions, sleep
"""
import asyncio
from loopspec import log


async def ticker():
    for i in range(5):
        log("tick", i)
        await asyncio.sleep(0)


async def boom():
    log("boom raises")
    raise ValueError("boom")


async def sibling():
    await asyncio.sleep(0.1)
    log("sibling done")


async def main():
    t = asyncio.create_task(ticker())
    s = asyncio.create_task(sibling())
    try:
        await asyncio.gather(boom(), s)
    except ValueError as e:
        log("gather raised", e, s.done())
    await t
    await s
