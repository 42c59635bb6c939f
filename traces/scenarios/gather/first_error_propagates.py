"""gather() without return_exceptions propagates the first error at once.

The sibling task is not cancelled and keeps running to completion.

spec: https://docs.python.org/3.11/library/asyncio-task.html#asyncio.gather
features: gather, exceptions
"""
import asyncio
from loopspec import log


async def slow(v):
    await asyncio.sleep(0.2)
    log("slow done", v)
    return v


async def boom():
    await asyncio.sleep(0.1)
    raise ValueError("boom")


async def main():
    t = asyncio.create_task(slow(1), name="slow")
    try:
        await asyncio.gather(t, boom())
    except ValueError as e:
        log("caught", e)
    log("sibling done?", t.done())
    await asyncio.sleep(0.5)
    log("sibling", t.done(), t.result())
